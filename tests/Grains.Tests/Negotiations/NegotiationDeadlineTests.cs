using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Negotiations;

/// <summary>
/// Deadlines run on the fake expo clock and are met by reminders, which tick every second in the test silo: a
/// negotiation nobody touches still expires, and its expo's counts and its parties' inboxes hear of it.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NegotiationDeadlineTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ANegotiationNobodyTouchesExpiresOnAReminderTickOnceItsDeadlinePasses()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OfferAsync(deadline: fixture.Time.GetUtcNow().AddHours(1));
        var inbox = fixture.Client.GetGrain<IInboxGrain>(deal.B.Member);
        Assert.Single((await inbox.GetAsync()).Items);

        fixture.Time.Advance(TimeSpan.FromHours(2));

        // Only the reminder can tell the wall: nothing here calls the negotiation itself.
        await Eventually.WaitAsync("the expiry on the wall", deal.Wall.GetCountsAsync, c => c.Ended == 1);
        Assert.Equal(new NegotiationCounts(0, 0, 1), await deal.Wall.GetCountsAsync());
        Assert.Empty((await inbox.GetAsync()).Items);
        Assert.Equal(NegotiationStatus.Expired, (await deal.Grain.GetAsync(deal.A.Member)).Status);
    }

    [Fact]
    public async Task TheDeadlineSurvivesDeactivation()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OpenAsync(deadline: fixture.Time.GetUtcNow().AddDays(3));
        await fixture.Cluster.DeactivateAsync(deal.Grain);

        fixture.Time.Advance(TimeSpan.FromDays(4));

        await Eventually.WaitAsync("the expiry on the wall", deal.Wall.GetCountsAsync, c => c.Ended == 1);
    }

    [Fact]
    public async Task BeforeItsDeadlineANegotiationStaysOpenAndACommandAfterItFindsItExpired()
    {
        var deal = await Deal.NewAsync(fixture);
        var deadline = fixture.Time.GetUtcNow().AddHours(1);
        await deal.OfferAsync(deadline);
        fixture.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(NegotiationStatus.Offered, (await deal.Grain.GetAsync(deal.A.Member)).Status);

        fixture.Time.Advance(TimeSpan.FromMinutes(1));
        var late = await Assert.ThrowsAsync<ExpoException>(() => deal.Grain.AcceptTermsAsync(deal.B.Member, Deal.Op(), 1));

        Assert.Equal(ExpoErrors.Conflict, late.Code);
        var view = await deal.Grain.GetAsync(deal.B.Member);
        Assert.Equal((NegotiationStatus.Expired, deadline), (view.Status, view.UpdatedAt));
        Assert.Equal([deal.A.Id], view.AcceptedBy);
    }

    [Fact]
    public async Task ASignedNegotiationDoesNotExpire()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OfferAsync(deadline: fixture.Time.GetUtcNow().AddHours(1));
        await deal.SignAllAsync(await deal.AcceptAllAsync());

        fixture.Time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(NegotiationStatus.Signed, (await deal.Grain.GetAsync(deal.A.Member)).Status);
        Assert.Equal(new NegotiationCounts(0, 1, 0), await deal.Wall.GetCountsAsync());
    }

    [Fact]
    public async Task ADeadlineInThePastIsRefused()
    {
        var deal = await Deal.NewAsync(fixture);

        var refused = await Assert.ThrowsAsync<ExpoException>(() => deal.RequestAsync(fixture.Time.GetUtcNow()));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
    }
}
