namespace Expo.Grains.Expo;

/// <summary>
/// Holds the latest count each booth reported. Counts are live facts, not records: they are kept in memory and
/// rebuilt within one renewal interval after a restart, because every booth re-reports on each renewal.
/// </summary>
public sealed class AttendanceGrain : Grain, IAttendanceGrain
{
    // Empty booths stay listed with the time of their last report, so a late, older report cannot revive them.
    private readonly Dictionary<string, (int Count, DateTimeOffset AsOf)> _booths = [];

    public Task ReportAsync(string boothId, int count, DateTimeOffset asOf)
    {
        if (!_booths.TryGetValue(boothId, out var known) || known.AsOf <= asOf)
        {
            _booths[boothId] = (Math.Max(0, count), asOf);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, int>> GetBoothCountsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(
            _booths.Where(b => b.Value.Count > 0).ToDictionary(b => b.Key, b => b.Value.Count));
}
