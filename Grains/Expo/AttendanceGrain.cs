using Expo.Grains.Models;

namespace Expo.Grains.Expo;

/// <summary>
/// Holds the latest count of every booth of the expo, as its pavilions pass them up. Counts are live facts, not
/// records: they are kept in memory and rebuilt within one renewal interval after a restart, because every booth
/// re-reports on each renewal.
/// </summary>
public sealed class AttendanceGrain : Grain, IAttendanceGrain
{
    private readonly BoothCounts _counts = new();

    public Task ReportBoothsAsync(IReadOnlyList<BoothCount> counts)
    {
        foreach (var count in counts)
        {
            _counts.Apply(count);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, int>> GetBoothCountsAsync() => Task.FromResult(_counts.NonEmpty());
}
