using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Presence;

[Collection(ClusterCollection.Name)]
public sealed class PresenceTests(ClusterFixture fixture)
{
    [Fact]
    public async Task EnteringGivesASnapshotWithTheBoothCountOneAndTheVisitor()
    {
        var (booth, profile) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor("Ada");

        var snapshot = await booth.EnterAsync("c1", ada);

        Assert.Equivalent(profile, snapshot.Booth, strict: true);
        Assert.Equal(1, snapshot.Count);
        Assert.Equal([ada], snapshot.Visitors);
        Assert.Empty(snapshot.Messages);
        Assert.Equal(0, snapshot.LastSequence);
    }

    [Fact]
    public async Task ASecondVisitorMakesTheCountTwo()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor("Ada");
        var bo = TestKeys.Visitor("Bo");

        await booth.EnterAsync("c1", ada);
        var snapshot = await booth.EnterAsync("c2", bo);

        Assert.Equal(2, snapshot.Count);
        Assert.Equal(new[] { ada, bo }.OrderBy(v => v.VisitorId), snapshot.Visitors.OrderBy(v => v.VisitorId));
        Assert.Equal(2, await booth.GetCountAsync());
    }

    [Fact]
    public async Task TheSameVisitorOnTwoConnectionsCountsOnce()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();

        await booth.EnterAsync("tab-1", ada);
        var snapshot = await booth.EnterAsync("tab-2", ada);

        Assert.Equal(1, snapshot.Count);
        Assert.Equal([ada], snapshot.Visitors);
        Assert.Equal(2, (await booth.GetStatsAsync()).Connections);
    }

    [Fact]
    public async Task LeavingOneOfTwoConnectionsKeepsTheVisitorAndLeavingTheLastRemovesThem()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();
        await booth.EnterAsync("tab-1", ada);
        await booth.EnterAsync("tab-2", ada);

        await booth.LeaveAsync("tab-1");
        Assert.Equal(1, await booth.GetCountAsync());

        await booth.LeaveAsync("tab-2");
        Assert.Equal(0, await booth.GetCountAsync());
        Assert.Equal(0, (await booth.GetStatsAsync()).Connections);
    }

    [Fact]
    public async Task EnteringAnUnseededBoothThrowsBoothNotFound()
    {
        var booth = fixture.Client.GetGrain<IBoothGrain>(TestKeys.New());

        var refused = await Assert.ThrowsAsync<ExpoException>(() => booth.EnterAsync("c1", TestKeys.Visitor()));

        Assert.Equal(ExpoErrors.BoothNotFound, refused.Code);
    }

    [Fact]
    public async Task ASubscribedObserverHearsJoinsAndLeavesWithTheCount()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var listener = await fixture.ListenAsync(booth);
        var ada = TestKeys.Visitor();

        await booth.EnterAsync("c1", ada);
        var joined = await listener.NextPresenceAsync();
        await booth.LeaveAsync("c1");
        var left = await listener.NextPresenceAsync();

        Assert.Equivalent(new PresenceChanged(booth.GetPrimaryKeyString(), 1, [ada], [], joined.Version), joined, strict: true);
        Assert.Equivalent(new PresenceChanged(booth.GetPrimaryKeyString(), 0, [], [ada], joined.Version + 1), left, strict: true);
    }

    [Fact]
    public async Task TheEntrySnapshotNamesThePresenceVersionItAlreadyHolds()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var listener = await fixture.ListenAsync(booth);
        var (ada, bo) = (TestKeys.Visitor(), TestKeys.Visitor("Bo"));

        await booth.EnterAsync("c1", ada);
        var adaJoined = await listener.NextPresenceAsync();
        var snapshot = await booth.EnterAsync("c2", bo);
        var boJoined = await listener.NextPresenceAsync();

        // Ada's change is in the snapshot; Bo's is newer than it, though the snapshot already lists Bo.
        Assert.Equal(adaJoined.Version, snapshot.PresenceVersion);
        Assert.True(boJoined.Version > snapshot.PresenceVersion);
        Assert.Equal(new[] { ada.VisitorId, bo.VisitorId }.Order(), snapshot.Visitors.Select(v => v.VisitorId).Order());
    }

    [Fact]
    public async Task JoinsInsideTheCoalesceWindowArriveAsOneEvent()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var listener = await fixture.ListenAsync(booth);
        var visitors = Enumerable.Range(1, 5).Select(i => TestKeys.Visitor($"Visitor {i}")).ToList();

        for (var i = 0; i < visitors.Count; i++)
        {
            await booth.EnterAsync($"c{i}", visitors[i]);
        }

        var changes = await listener.PresenceUntilJoinedAsync(visitors);

        Assert.True(changes.Count < 5, $"{changes.Count} events for 5 joins inside one window");
        Assert.Equal(5, changes.Max(c => c.Count));
        Assert.Equal(
            visitors.Select(v => v.VisitorId).Order(),
            changes.SelectMany(c => c.Joined).Select(v => v.VisitorId).Order());
        Assert.All(changes, c => Assert.Empty(c.Left));
    }
}
