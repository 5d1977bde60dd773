using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Attendance;

/// <summary>
/// Counts flow booth → pavilion → expo: a pavilion passes its booths' changed counts up in batches, and at both
/// levels a late, older report never overwrites a newer one.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AttendanceGrainTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Nine = new(2023, 11, 17, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ALateOlderReportDoesNotOverwriteANewerOne()
    {
        var (expoId, pavilion) = NewPavilion("licheng");

        pavilion.ReportAsync(new("a", 3, Nine.AddSeconds(2))).Ignore();
        pavilion.ReportAsync(new("a", 5, Nine.AddSeconds(1))).Ignore();

        Assert.Equal(new Dictionary<string, int> { ["a"] = 3 }, await SettledAsync(expoId, new() { ["a"] = 3 }));
    }

    [Fact]
    public async Task AnEmptiedBoothIsNotRevivedByAnOlderReport()
    {
        var (expoId, pavilion) = NewPavilion("licheng");
        pavilion.ReportAsync(new("a", 1, Nine)).Ignore();
        pavilion.ReportAsync(new("b", 2, Nine)).Ignore();

        pavilion.ReportAsync(new("a", 0, Nine.AddSeconds(2))).Ignore();
        pavilion.ReportAsync(new("a", 1, Nine.AddSeconds(1))).Ignore();

        Assert.Equal(new Dictionary<string, int> { ["b"] = 2 }, await SettledAsync(expoId, new() { ["b"] = 2 }));
    }

    [Fact]
    public async Task AnOlderBatchReachingTheExpoLateChangesNothing()
    {
        var expoId = $"expo-{Guid.NewGuid():N}";
        var attendance = fixture.Client.GetGrain<IAttendanceGrain>(expoId);

        await attendance.ReportBoothsAsync("licheng", [new("a", 4, Nine.AddSeconds(3)), new("b", 1, Nine.AddSeconds(3))]);
        await attendance.ReportBoothsAsync("licheng", [new("a", 9, Nine.AddSeconds(1)), new("c", 2, Nine.AddSeconds(1))]);

        Assert.Equal(new Dictionary<string, int> { ["a"] = 4, ["b"] = 1, ["c"] = 2 }, await SettledAsync(expoId, new() { ["a"] = 4, ["b"] = 1, ["c"] = 2 }));
    }

    [Fact]
    public async Task ManyReportsOfManyBoothsReachTheExpoInFewBatchesAndAddUpPerPavilion()
    {
        var expoId = $"expo-{Guid.NewGuid():N}";
        var pavilions = new[] { "dunhuang", "jimsar" }
            .Select(p => fixture.Client.GetGrain<IPavilionAttendanceGrain>(IPavilionAttendanceGrain.Key(expoId, p))).ToList();
        var expected = new Dictionary<string, int>();
        for (var p = 0; p < pavilions.Count; p++)
        {
            for (var booth = 0; booth < 10; booth++)
            {
                // Five reports per booth, as people come and go; the last one (booth + 1 visitors) is the truth.
                for (var report = 1; report <= 5; report++)
                {
                    var count = report == 5 ? booth + 1 : report * 7;
                    pavilions[p].ReportAsync(new($"p{p}-b{booth}", count, Nine.AddSeconds(report))).Ignore();
                }

                expected[$"p{p}-b{booth}"] = booth + 1;
            }
        }

        Assert.Equal(expected, await SettledAsync(expoId, expected));
        foreach (var pavilion in pavilions)
        {
            var stats = await pavilion.GetStatsAsync();
            Assert.Equal(50, stats.Reports);
            Assert.InRange(stats.Batches, 1, 9);
        }
    }

    [Fact]
    public async Task ABoothsCountReachesTheExpoThroughItsPavilion()
    {
        var expoId = TestKeys.New("expo");
        var profile = TestKeys.Profile(TestKeys.New());
        var booth = fixture.Client.GetGrain<IBoothGrain>(profile.Id);
        await booth.SeedAsync(expoId, profile);
        await booth.EnterAsync("c1", TestKeys.Visitor());
        await booth.EnterAsync("c2", TestKeys.Visitor());

        Assert.Equal(new Dictionary<string, int> { [profile.Id] = 2 }, await SettledAsync(expoId, new() { [profile.Id] = 2 }));
        var pavilion = fixture.Client.GetGrain<IPavilionAttendanceGrain>(IPavilionAttendanceGrain.Key(expoId, profile.PavilionId));
        Assert.True((await pavilion.GetStatsAsync()).Reports >= 1);
    }

    private (string ExpoId, IPavilionAttendanceGrain Pavilion) NewPavilion(string pavilionId)
    {
        var expoId = $"expo-{Guid.NewGuid():N}";
        return (expoId, fixture.Client.GetGrain<IPavilionAttendanceGrain>(IPavilionAttendanceGrain.Key(expoId, pavilionId)));
    }

    /// <summary>Reports are one-way and batched, so a read may overtake them: read until the expected counts show, or give up.</summary>
    private async Task<IReadOnlyDictionary<string, int>> SettledAsync(string expoId, Dictionary<string, int> expected)
    {
        var attendance = fixture.Client.GetGrain<IAttendanceGrain>(expoId);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var counts = await attendance.GetBoothCountsAsync();
            if (counts.Count == expected.Count && !counts.Except(expected).Any() || DateTime.UtcNow > deadline)
            {
                return counts;
            }

            await Task.Delay(20);
        }
    }
}
