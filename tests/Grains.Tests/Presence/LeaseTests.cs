using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Presence;

[Collection(ClusterCollection.Name)]
public sealed class LeaseTests(ClusterFixture fixture)
{
    private TimeSpan Lease => fixture.Presence.LeaseDuration;

    [Fact]
    public async Task AConnectionNotRenewedDropsOutAfterTheLeaseDuration()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var listener = await fixture.ListenAsync(booth);
        var ada = TestKeys.Visitor();
        await booth.EnterAsync("c1", ada);
        var joined = await listener.NextPresenceAsync();
        Assert.Equal(1, joined.Count);

        // The Web node keeps its subscription (not the connection) renewed, as it would every RenewInterval.
        fixture.Time.Advance(Lease - TimeSpan.FromSeconds(10));
        await booth.SubscribeAsync(listener.NodeId, listener.Reference);
        Assert.Equal(1, await booth.GetCountAsync());

        fixture.Time.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(0, await booth.GetCountAsync());

        var left = await listener.NextPresenceAsync();
        Assert.Equivalent(new PresenceChanged(booth.GetPrimaryKeyString(), 0, [], [ada], joined.Version + 1), left, strict: true);
    }

    [Fact]
    public async Task AConnectionRenewedAtTwentySecondsIsStillThereAtThirtyFive()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var listener = new BoothListener(fixture.Client, TestKeys.New("node"));
        var ada = TestKeys.Visitor("Ada");
        var bo = TestKeys.Visitor("Bo");
        await booth.EnterAsync("ada-1", ada);
        await booth.EnterAsync("bo-1", bo);

        fixture.Time.Advance(TimeSpan.FromSeconds(20));
        await booth.RenewAsync(listener.NodeId, listener.Reference, [new BoothConnection("ada-1", ada)]);
        fixture.Time.Advance(TimeSpan.FromSeconds(15));

        Assert.Equal(1, await booth.GetCountAsync());
        var snapshot = await booth.EnterAsync("ada-1", ada);
        Assert.Equal([ada], snapshot.Visitors);
    }

    [Fact]
    public async Task RenewReAddsConnectionsALostActivationDidNotKnowCountsThemAndNumbersChangesAboveTheOldActivation()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor("Ada");
        var bo = TestKeys.Visitor("Bo");
        var before = new BoothListener(fixture.Client, TestKeys.New("node"));
        await booth.SubscribeAsync(before.NodeId, before.Reference);
        await booth.EnterAsync("ada-1", ada);
        var lastOfTheOldActivation = (await before.NextPresenceAsync()).Version;

        // Presence lives in memory only: a new activation starts with an empty booth (a second later, as a move takes).
        await fixture.Cluster.DeactivateAsync(booth);
        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await booth.GetCountAsync());

        var listener = new BoothListener(fixture.Client, TestKeys.New("node"));
        await booth.RenewAsync(listener.NodeId, listener.Reference, [new("ada-1", ada), new("ada-2", ada), new("bo-1", bo)]);

        Assert.Equal(2, await booth.GetCountAsync());
        Assert.Equal(3, (await booth.GetStatsAsync()).Connections);
        var change = await listener.NextPresenceAsync();
        Assert.Equivalent(new PresenceChanged(booth.GetPrimaryKeyString(), 2, [ada, bo], [], change.Version), change, strict: true);

        // The new activation's versions go on above the old one's, so clients can order changes across the move.
        Assert.True(change.Version > lastOfTheOldActivation, $"{change.Version} after {lastOfTheOldActivation}");
    }
}
