using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Attendance;

/// <summary>
/// What the organiser's console reads besides the counts: the staff in each booth, the booths with visitors and
/// none of their staff, and the visitors connected to the expo at all, as each Web node reports them.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ConsoleNowTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ABoothWithVisitorsButNoStaffIsListedUntilItsStaffComeIn()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var member = await world.MemberAsync(owner);
        await world.Booth.EnterAsync("visitor", TestKeys.Visitor());
        await world.OtherBooth.EnterAsync("other-visitor", TestKeys.Visitor());
        await world.OtherBooth.EnterAsync("other-visitor-2", TestKeys.Visitor());

        var unstaffed = await NowAsync(world, "both booths unstaffed", n => n.Unstaffed.Count == 2);
        Assert.Equal([world.OtherBoothId, world.BoothId], unstaffed.Unstaffed);
        Assert.Empty(unstaffed.StaffOnline);

        await world.Booth.EnterAsync("owner", new VisitorRef(owner.VisitorId, owner.DisplayName));
        await world.Booth.EnterAsync("member", new VisitorRef(member.VisitorId, member.DisplayName));
        var staffed = await NowAsync(world, "the booth's two staff counted", n => n.StaffOnline.GetValueOrDefault(world.BoothId) == 2);
        Assert.Equal([world.OtherBoothId], staffed.Unstaffed);
        Assert.Equal(3, staffed.Booths[world.BoothId]);

        await world.Booth.LeaveAsync("owner");
        await world.Booth.LeaveAsync("member");
        var left = await NowAsync(world, "the staff gone again", n => !n.StaffOnline.ContainsKey(world.BoothId));
        Assert.Equal([world.OtherBoothId, world.BoothId], left.Unstaffed);
    }

    [Fact]
    public async Task TheQueueAtAFullBoothsDoorReachesTheConsoleAndEmptiesWhenTheCapIsLifted()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        await world.Staff.SetCapacityAsync(owner.VisitorId, TestKeys.New("op"), 1);
        await world.Booth.EnterOrQueueAsync("web-a", "inside", TestKeys.Visitor());
        await world.Booth.EnterOrQueueAsync("web-a", "waiting-1", TestKeys.Visitor());
        await world.Booth.EnterOrQueueAsync("web-b", "waiting-2", TestKeys.Visitor());

        var full = await NowAsync(world, "two waiting at the door", n => n.Queues.GetValueOrDefault(world.BoothId) == 2);
        Assert.Equal(1, full.Booths[world.BoothId]);

        await world.Staff.SetCapacityAsync(owner.VisitorId, TestKeys.New("op"), null);
        var lifted = await NowAsync(world, "everyone let in", n => n.Booths.GetValueOrDefault(world.BoothId) == 3);
        Assert.False(lifted.Queues.ContainsKey(world.BoothId));
    }

    [Fact]
    public async Task OnlineAddsUpTheWebNodesAndANodeThatStopsReportingStopsCounting()
    {
        var world = await Staffing.CreateAsync(fixture);
        var attendance = fixture.Client.GetGrain<IAttendanceGrain>(world.ExpoId);

        await attendance.ReportOnlineAsync("web-a", 3, TimeSpan.FromMinutes(5));
        await attendance.ReportOnlineAsync("web-b", 2, TimeSpan.FromSeconds(3));
        await NowAsync(world, "both nodes counted", n => n.Online == 5);

        fixture.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(3, (await attendance.GetNowAsync(world.Organiser.VisitorId)).Online);
    }

    private Task<AttendanceNow> NowAsync(Staffing world, string what, Func<AttendanceNow, bool> condition) =>
        Eventually.WaitAsync(what, () => fixture.Client.GetGrain<IAttendanceGrain>(world.ExpoId).GetNowAsync(world.Organiser.VisitorId), condition);
}
