using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Attendance;

/// <summary>
/// Organisers see the expo now (per pavilion and booth) and over time: samples with joins, leaves and chat lines,
/// kept in storage, counted once across restarts of the attendance grain.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AttendanceHistoryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task SamplesCountEveryJoinLeaveAndChatLineOnceAndTheOrganiserSeesThePavilionNow()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var (ada, bo, cy) = (TestKeys.Visitor("Ada"), TestKeys.Visitor("Bo"), TestKeys.Visitor("Cy"));
        await expo.Booth.EnterAsync("ada-1", ada);
        await expo.Booth.EnterAsync("bo-1", bo);
        await expo.OtherBooth.EnterAsync("cy-1", cy);
        await expo.Booth.SendChatAsync(ada, "m-1", "Hello");
        var attendance = fixture.Client.GetGrain<IAttendanceGrain>(expo.ExpoId);
        var organiser = expo.Organiser.VisitorId;

        // A join and a leave of one visitor inside one presence window cancel out, as they do for visitors: Bo
        // leaves only once the expo has seen him arrive.
        await Eventually.WaitAsync("the expo sees three visitors", () => attendance.GetNowAsync(organiser), n => n.InBooths == 3);
        await expo.Booth.LeaveAsync("bo-1");
        var samples = await Eventually.WaitAsync(
            "the samples hold every join, leave and chat line",
            () => attendance.GetHistoryAsync(organiser, fixture.Time.GetUtcNow().AddHours(-1), fixture.Time.GetUtcNow().AddHours(1)),
            s => s.Sum(x => x.Joins) == 3 && s.Sum(x => x.Leaves) == 1 && s.Sum(x => x.ChatLines) == 1);

        var now = await attendance.GetNowAsync(organiser);
        Assert.Equal(2, now.InBooths);
        Assert.Equal(2, Assert.Single(now.Pavilions).Value);
        Assert.Equal(new Dictionary<string, int> { [expo.BoothId] = 1, [expo.OtherBoothId] = 1 }, now.Booths);
        Assert.Equal(2, samples[^1].InBooths);
        Assert.Equal(samples.OrderBy(s => s.At), samples);
    }

    [Fact]
    public async Task ARestartedAttendanceGrainCountsOnlyWhatHappenedSinceAndReadsEarlierSamplesFromStorage()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var attendance = fixture.Client.GetGrain<IAttendanceGrain>(expo.ExpoId);
        var organiser = expo.Organiser.VisitorId;
        var (from, to) = (fixture.Time.GetUtcNow().AddHours(-1), fixture.Time.GetUtcNow().AddHours(1));
        await expo.Booth.EnterAsync("ada-1", TestKeys.Visitor("Ada"));
        await Eventually.WaitAsync("the join is sampled", () => attendance.GetHistoryAsync(organiser, from, to), s => s.Sum(x => x.Joins) == 1);

        // Samples on the fake clock all share one moment; later ones are told apart by moving it on (well inside the
        // presence lease, so nobody drops out).
        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        await fixture.Cluster.DeactivateAsync(attendance);
        await expo.Booth.EnterAsync("bo-1", TestKeys.Visitor("Bo"));

        // The booth re-reports all its counters (two joins); the restarted grain counts only the new one.
        var samples = await Eventually.WaitAsync(
            "the second join is sampled after the restart",
            () => attendance.GetHistoryAsync(organiser, from, to.AddMinutes(1)),
            s => s.Sum(x => x.Joins) >= 2 && s[^1].InBooths == 2);
        Assert.Equal(2, samples.Sum(s => s.Joins));
        Assert.Contains(samples, s => s.Joins == 1 && s.At < fixture.Time.GetUtcNow());
    }

    [Fact]
    public async Task OnlyOrganisersSeeTheAttendanceAndAHistoryRunsForwardsForAtMostAWeek()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var attendance = fixture.Client.GetGrain<IAttendanceGrain>(expo.ExpoId);
        var visitor = await expo.RegisterAsync();
        var owner = await expo.OwnerAsync();
        var now = fixture.Time.GetUtcNow();

        foreach (var actor in new[] { visitor.VisitorId, owner.VisitorId, "not a slug" })
        {
            Assert.Equal(ExpoErrors.Forbidden, (await Assert.ThrowsAsync<ExpoException>(() => attendance.GetNowAsync(actor))).Code);
            Assert.Equal(ExpoErrors.Forbidden, (await Assert.ThrowsAsync<ExpoException>(() => attendance.GetHistoryAsync(actor, now.AddHours(-1), now))).Code);
        }

        var organiser = expo.Organiser.VisitorId;
        Assert.Equal(ExpoErrors.InvalidInput, (await Assert.ThrowsAsync<ExpoException>(() => attendance.GetHistoryAsync(organiser, now, now.AddHours(-1)))).Code);
        Assert.Equal(ExpoErrors.InvalidInput, (await Assert.ThrowsAsync<ExpoException>(() => attendance.GetHistoryAsync(organiser, now.AddDays(-8), now))).Code);
    }
}
