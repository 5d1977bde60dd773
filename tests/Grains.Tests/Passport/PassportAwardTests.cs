using Expo.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Tests.Passport;

/// <summary>Booths stamp passports from their own visit bookkeeping: a long enough stay, or a line of chat.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PassportAwardTests(ClusterFixture fixture)
{
    private TimeSpan Dwell => fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IOptions<PassportOptions>>().Value.DwellThreshold;

    [Fact]
    public async Task AStayOfTheDwellThresholdStampsThePavilionWhileAShorterOneDoesNotYet()
    {
        var (booth, profile, expoId) = await SeedAsync();
        var listener = await fixture.ListenAsync(booth);
        var ada = TestKeys.Visitor("Ada");
        var bo = TestKeys.Visitor("Bo");
        await booth.EnterAsync("ada-1", ada);
        await listener.PresenceUntilJoinedAsync([ada]);
        var adaArrived = fixture.Time.GetUtcNow();

        await AdvanceRenewingAsync(booth, listener, TimeSpan.FromSeconds(20), ada);
        await booth.EnterAsync("bo-1", bo);
        await listener.PresenceUntilJoinedAsync([bo]);

        // Ada reaches the threshold; Bo, who came 20 s later, does not.
        await AdvanceRenewingAsync(booth, listener, Dwell - TimeSpan.FromSeconds(20), ada, bo);
        var adaStamps = await StampsEventuallyAsync(ada.VisitorId, expoId, 1);
        Assert.Equal([new PassportStamp(expoId, profile.PavilionId, profile.Id, adaArrived + Dwell, PassportReasons.Dwell)], adaStamps);

        await AdvanceRenewingAsync(booth, listener, TimeSpan.FromSeconds(20), ada, bo);
        var boStamps = await StampsEventuallyAsync(bo.VisitorId, expoId, 1);

        // Bo's stamp carries the moment his own stay passed the threshold: none was given with Ada's.
        Assert.Equal(adaArrived + Dwell + TimeSpan.FromSeconds(20), boStamps[0].StampedAt);
        Assert.Single(await Passport(ada.VisitorId).GetAsync(expoId));
    }

    [Fact]
    public async Task AShortVisitStampsNothingAndTheFirstChatLineStampsOnce()
    {
        var (booth, profile, expoId) = await SeedAsync();
        var listener = await fixture.ListenAsync(booth);
        var ada = TestKeys.Visitor("Ada");
        await booth.EnterAsync("ada-1", ada);
        await listener.PresenceUntilJoinedAsync([ada]);
        fixture.Time.Advance(TimeSpan.FromSeconds(10));
        await booth.LeaveAsync("ada-1");
        Assert.Empty((await listener.NextPresenceAsync()).Joined);

        var chatAt = fixture.Time.GetUtcNow();
        await booth.SendChatAsync(ada, "m-1", "Hello");
        await booth.SendChatAsync(ada, "m-2", "Hello again");

        var stamps = await StampsEventuallyAsync(ada.VisitorId, expoId, 1);
        Assert.Equal([new PassportStamp(expoId, profile.PavilionId, profile.Id, chatAt, PassportReasons.Chat)], stamps);
    }

    [Fact]
    public async Task TheBoothsOwnStaffCollectNoStampThere()
    {
        var staffing = await Staffing.CreateAsync(fixture);
        var owner = await staffing.OwnerAsync();
        var visitor = TestKeys.Visitor("Visitor");

        await staffing.Booth.SendChatAsync(new VisitorRef(owner.VisitorId, owner.DisplayName), "m-owner", "Welcome");
        await staffing.Booth.SendChatAsync(visitor, "m-visitor", "Thanks");

        // The visitor's line was sent after the owner's: once it is stamped, the owner's would have been too.
        await StampsEventuallyAsync(visitor.VisitorId, staffing.ExpoId, 1);
        Assert.Empty(await Passport(owner.VisitorId).GetAsync(staffing.ExpoId));
    }

    [Fact]
    public async Task APassportKeepsOneStampPerPavilionTheFirst()
    {
        var expoId = TestKeys.New("expo");
        var passport = Passport(TestKeys.New("v"));
        var first = new PassportStamp(expoId, "p-a", "booth-1", fixture.Time.GetUtcNow(), PassportReasons.Chat);

        await passport.StampAsync(first);
        await passport.StampAsync(first with { BoothId = "booth-2", StampedAt = first.StampedAt.AddMinutes(1), Reason = PassportReasons.Dwell });
        await passport.StampAsync(first);
        var other = first with { PavilionId = "p-b", StampedAt = first.StampedAt.AddMinutes(2) };
        await passport.StampAsync(other);

        Assert.Equal([first, other], await passport.GetAsync(expoId));
        Assert.Empty(await passport.GetAsync(TestKeys.New("expo")));
    }

    private async Task<(IBoothGrain Booth, BoothProfile Profile, string ExpoId)> SeedAsync()
    {
        var expoId = TestKeys.New("expo");
        var profile = TestKeys.Profile(TestKeys.New(), TestKeys.New("pavilion"));
        var booth = fixture.Client.GetGrain<IBoothGrain>(profile.Id);
        await booth.SeedAsync(expoId, profile);
        return (booth, profile, expoId);
    }

    /// <summary>Moves the expo clock in steps the leases survive, renewing the visitors' connections as a Web node would.</summary>
    private async Task AdvanceRenewingAsync(IBoothGrain booth, BoothListener listener, TimeSpan by, params VisitorRef[] visitors)
    {
        var step = TimeSpan.FromSeconds(10);
        for (var left = by; left > TimeSpan.Zero; left -= step)
        {
            fixture.Time.Advance(left < step ? left : step);
            await booth.RenewAsync(listener.NodeId, listener.Reference, [.. visitors.Select(v => new BoothConnection($"{v.DisplayName.ToLowerInvariant()}-1", v))]);
        }

        await booth.GetCountAsync();
    }

    private IPassportGrain Passport(string visitorId) => fixture.Client.GetGrain<IPassportGrain>(visitorId);

    private Task<IReadOnlyList<PassportStamp>> StampsEventuallyAsync(string visitorId, string expoId, int count) =>
        Eventually.WaitAsync($"{count} stamps for {visitorId}", () => Passport(visitorId).GetAsync(expoId), s => s.Count >= count);
}
