using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Attendance;

[Collection(ClusterCollection.Name)]
public sealed class AttendanceGrainTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Nine = new(2023, 11, 17, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ALateOlderReportDoesNotOverwriteANewerOne()
    {
        var attendance = fixture.Client.GetGrain<IAttendanceGrain>($"expo-{Guid.NewGuid():N}");

        await attendance.ReportAsync("a", 3, Nine.AddSeconds(2));
        await attendance.ReportAsync("a", 5, Nine.AddSeconds(1));

        Assert.Equal(new Dictionary<string, int> { ["a"] = 3 }, await SettledAsync(attendance, expected: new() { ["a"] = 3 }));
    }

    [Fact]
    public async Task AnEmptiedBoothIsNotRevivedByAnOlderReport()
    {
        var attendance = fixture.Client.GetGrain<IAttendanceGrain>($"expo-{Guid.NewGuid():N}");
        await attendance.ReportAsync("a", 1, Nine);
        await attendance.ReportAsync("b", 2, Nine);

        await attendance.ReportAsync("a", 0, Nine.AddSeconds(2));
        await attendance.ReportAsync("a", 1, Nine.AddSeconds(1));

        Assert.Equal(new Dictionary<string, int> { ["b"] = 2 }, await SettledAsync(attendance, expected: new() { ["b"] = 2 }));
    }

    /// <summary>Reports are one-way, so a read may overtake them: read until the expected counts show, or give up.</summary>
    private static async Task<IReadOnlyDictionary<string, int>> SettledAsync(IAttendanceGrain attendance, Dictionary<string, int> expected)
    {
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
