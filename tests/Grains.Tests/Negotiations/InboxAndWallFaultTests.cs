using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Negotiations;

/// <summary>The inbox and the signing wall store a change before they show it: a failed write changes nothing, and the retry applies once.</summary>
[Collection(ClusterCollection.Name)]
public sealed class InboxAndWallFaultTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnInboxWriteThatFailsChangesNothingAndTheRetryAppliesOnce(bool writeLanded)
    {
        var userId = TestKeys.New("u");
        var inbox = fixture.Client.GetGrain<IInboxGrain>(userId);
        var item = new InboxItem("n-1", "expo", InboxKinds.Offer, "Tours", "org:b", 1, fixture.Time.GetUtcNow());
        StorageFaults.FailNextWrites(userId, 1, writeLanded);

        var failure = await Assert.ThrowsAsync<ExpoException>(() => inbox.UpdateAsync("n-1", 1, item));
        if (!writeLanded)
        {
            Assert.Empty((await inbox.GetAsync()).Items);
        }

        await inbox.UpdateAsync("n-1", 1, item);
        await fixture.Cluster.DeactivateAsync(inbox);

        Assert.Equal(ExpoErrors.Unavailable, failure.Code);
        var view = await inbox.GetAsync();
        Assert.Equal(("n-1", 1), (Assert.Single(view.Items).NegotiationId, view.Unread));
        Assert.Equal(["n-1"], await inbox.GetNegotiationIdsAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ASigningWallWriteThatFailsChangesNothingAndTheRetryCountsOnce(bool writeLanded)
    {
        var expoId = TestKeys.New("expo");
        var wall = fixture.Client.GetGrain<ISigningWallGrain>(expoId);
        var report = new NegotiationReport(TestKeys.New("n"), NegotiationStatus.Requested, 1, null);
        StorageFaults.FailNextWrites(expoId, 1, writeLanded);

        var failure = await Assert.ThrowsAsync<ExpoException>(() => wall.ReportAsync(report));
        if (!writeLanded)
        {
            Assert.Equal(new NegotiationCounts(0, 0, 0), await wall.GetCountsAsync());
        }

        await wall.ReportAsync(report);
        await wall.ReportAsync(report);
        await fixture.Cluster.DeactivateAsync(wall);

        Assert.Equal(ExpoErrors.Unavailable, failure.Code);
        Assert.Equal(new NegotiationCounts(1, 0, 0), await wall.GetCountsAsync());
    }

    [Fact]
    public async Task ARequestWhoseInboxCouldNotStoreItStandsAndReachesTheInboxLater()
    {
        var deal = await Deal.NewAsync(fixture);
        StorageFaults.FailNextWrites(deal.B.Member, 1, afterWrite: false);

        var receipt = await deal.RequestAsync();

        Assert.Equal(NegotiationStatus.Requested, receipt.Status);
        Assert.Equal(InboxKinds.Request, Assert.Single((await fixture.Client.GetGrain<IInboxGrain>(deal.B.Signatory).GetAsync()).Items).Kind);
        var inbox = await Eventually.WaitAsync(
            "the retried delivery reaches the inbox whose write failed",
            () => fixture.Client.GetGrain<IInboxGrain>(deal.B.Member).GetAsync(),
            v => v.Items.Count > 0);
        Assert.Equal((deal.Id, 1), (Assert.Single(inbox.Items).NegotiationId, inbox.Unread));
    }
}
