using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Capacity;

/// <summary>The line in front of a full booth: first come first in, one place per visitor, admitted the moment there is room.</summary>
[Collection(ClusterCollection.Name)]
public sealed class QueueTests(ClusterFixture fixture)
{
    private TimeSpan Lease => fixture.Presence.LeaseDuration;

    [Fact]
    public async Task AFullBoothQueuesNewcomersInOrderAndLetsTheFirstInWhenSomeoneLeaves()
    {
        var world = await Staffing.CreateAsync(fixture);
        await world.Staff.SetCapacityAsync(world.Organiser.VisitorId, TestKeys.New("op"), 1);
        var node = await fixture.ListenAsync(world.Booth);
        var (ada, bo, cy) = (TestKeys.Visitor("Ada"), TestKeys.Visitor("Bo"), TestKeys.Visitor("Cy"));
        await world.Booth.EnterOrQueueAsync(node.NodeId, "c-ada", ada);

        var boEntry = await world.Booth.EnterOrQueueAsync(node.NodeId, "c-bo", bo);
        var cyEntry = await world.Booth.EnterOrQueueAsync(node.NodeId, "c-cy", cy);

        Assert.Equal((1, 1, 0), (boEntry.QueuePosition, boEntry.QueueLength, boEntry.Messages.Count));
        Assert.Empty(boEntry.Visitors);
        Assert.Equal((2, 2), (cyEntry.QueuePosition, cyEntry.QueueLength));
        Assert.Equal(1, await world.Booth.GetCountAsync());

        await world.Booth.LeaveAsync("c-ada");

        var admission = await node.NextAdmissionAsync();
        Assert.Equal(["c-bo"], admission.ConnectionIds);
        Assert.Equal([bo], admission.Snapshot.Visitors);
        Assert.Null(admission.Snapshot.QueuePosition);
        var moved = await node.QueueUntilAsync(u => u.Positions.ContainsKey("c-cy") && u.Positions["c-cy"].Position == 1);
        Assert.Equal(1, moved.Positions["c-cy"].QueueLength);
        Assert.Equal(new BoothCapacity(world.BoothId, 1, 1, 1), await world.Booth.GetCapacityAsync());
    }

    [Fact]
    public async Task AVisitorNeverHoldsTwoPlacesWhateverTheirConnections()
    {
        var world = await Staffing.CreateAsync(fixture);
        await world.Staff.SetCapacityAsync(world.Organiser.VisitorId, TestKeys.New("op"), 1);
        var (ada, bo, cy) = (TestKeys.Visitor("Ada"), TestKeys.Visitor("Bo"), TestKeys.Visitor("Cy"));
        await world.Booth.EnterAsync("c-ada", ada);
        await world.Booth.EnterAsync("c-bo-1", bo);
        await world.Booth.EnterAsync("c-cy", cy);

        var secondTab = await world.Booth.EnterAsync("c-bo-2", bo);
        var again = await world.Booth.EnterAsync("c-bo-1", bo);

        Assert.Equal((1, 2), (secondTab.QueuePosition, secondTab.QueueLength));
        Assert.Equal((1, 2), (again.QueuePosition, again.QueueLength));

        // Bo's place goes only with the last of his connections.
        await world.Booth.LeaveAsync("c-bo-1");
        Assert.Equal(2, (await world.Booth.GetCapacityAsync()).QueueLength);
        await world.Booth.LeaveAsync("c-bo-2");
        Assert.Equal(1, (await world.Booth.GetCapacityAsync()).QueueLength);
        Assert.Equal(1, (await world.Booth.EnterAsync("c-cy", cy)).QueuePosition);
    }

    [Fact]
    public async Task AnInsideLeaseThatRunsOutLetsTheFirstInAndANewConnectionKeepsAQueuedPlace()
    {
        var world = await Staffing.CreateAsync(fixture);
        await world.Staff.SetCapacityAsync(world.Organiser.VisitorId, TestKeys.New("op"), 1);
        var node = await fixture.ListenAsync(world.Booth);
        var (ada, bo, cy) = (TestKeys.Visitor("Ada"), TestKeys.Visitor("Bo"), TestKeys.Visitor("Cy"));
        await world.Booth.EnterOrQueueAsync(node.NodeId, "c-ada", ada);
        await world.Booth.EnterOrQueueAsync(node.NodeId, "c-bo-old", bo);
        await world.Booth.EnterOrQueueAsync(node.NodeId, "c-cy", cy);

        // Bo's connection drops and he comes back on a new one before the old one's lease runs out; the node renews
        // what it holds, queued connections included, but no longer Ada's (her node is gone).
        fixture.Time.Advance(Lease - TimeSpan.FromSeconds(10));
        Assert.Equal(1, (await world.Booth.EnterOrQueueAsync(node.NodeId, "c-bo-new", bo)).QueuePosition);
        await world.Booth.RenewAsync(node.NodeId, node.Reference, [new("c-bo-new", bo, Queued: true), new("c-cy", cy, Queued: true)]);
        Assert.False(node.HasPendingAdmission);

        fixture.Time.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(1, await world.Booth.GetCountAsync());

        var admission = await node.NextAdmissionAsync();
        Assert.Equal(["c-bo-new"], admission.ConnectionIds);
        Assert.Equal([bo], admission.Snapshot.Visitors);
        Assert.Equal(new BoothCapacity(world.BoothId, 1, 1, 1), await world.Booth.GetCapacityAsync());
    }

    [Fact]
    public async Task LoweringTheCapEjectsNobodyAndClearingItLetsEveryoneQueuedIn()
    {
        var world = await Staffing.CreateAsync(fixture);
        await world.Staff.SetCapacityAsync(world.Organiser.VisitorId, TestKeys.New("op"), 3);
        var node = await fixture.ListenAsync(world.Booth);
        foreach (var name in new[] { "Ada", "Bo", "Cy" })
        {
            await world.Booth.EnterOrQueueAsync(node.NodeId, $"c-{name}", TestKeys.Visitor(name));
        }

        var lowered = await world.Staff.SetCapacityAsync(world.Organiser.VisitorId, TestKeys.New("op"), 1);
        Assert.Equal(new BoothCapacity(world.BoothId, 1, 3, 0), lowered);
        var (di, ed) = (TestKeys.Visitor("Di"), TestKeys.Visitor("Ed"));
        Assert.Equal(1, (await world.Booth.EnterOrQueueAsync(node.NodeId, "c-di", di)).QueuePosition);
        Assert.Equal(2, (await world.Booth.EnterOrQueueAsync(node.NodeId, "c-ed", ed)).QueuePosition);

        var cleared = await world.Staff.SetCapacityAsync(world.Organiser.VisitorId, TestKeys.New("op"), null);

        Assert.Equal(new BoothCapacity(world.BoothId, null, 5, 0), cleared);
        var admitted = new[] { await node.NextAdmissionAsync(), await node.NextAdmissionAsync() };
        Assert.Equal(["c-di", "c-ed"], admitted.SelectMany(a => a.ConnectionIds).Order());
        Assert.Equal(5, await world.Booth.GetCountAsync());
    }

    [Fact]
    public async Task TheBoothTellsWatchersItsCapOccupancyAndQueueLength()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var node = await fixture.ListenAsync(world.Booth);
        await world.Staff.SetCapacityAsync(owner.VisitorId, TestKeys.New("op"), 1);
        await world.Booth.EnterOrQueueAsync(node.NodeId, "c-owner", new VisitorRef(owner.VisitorId, "Owner"));
        await world.Booth.EnterOrQueueAsync(node.NodeId, "c-ada", TestKeys.Visitor("Ada"));
        await world.Booth.EnterOrQueueAsync(node.NodeId, "c-bo", TestKeys.Visitor("Bo"));

        var change = await NextPresenceUntilAsync(node, c => c.QueueLength == 1);

        Assert.Equal((2, 1, 1), (change.Count, change.Capacity, change.Occupancy));
        var stats = await world.Booth.GetStatsAsync();
        Assert.Equal((1, 1), (stats.Capacity, stats.QueueLength));
    }

    private static async Task<PresenceChanged> NextPresenceUntilAsync(BoothListener listener, Func<PresenceChanged, bool> condition)
    {
        while (true)
        {
            var change = await listener.NextPresenceAsync();
            if (condition(change))
            {
                return change;
            }
        }
    }
}
