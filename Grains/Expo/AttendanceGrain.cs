namespace Expo.Grains.Expo;

/// <summary>
/// Holds the latest count each booth reported. Counts are live facts, not records: they are kept in memory and
/// rebuilt within one renewal interval after a restart, because every booth re-reports on each renewal.
/// </summary>
public sealed class AttendanceGrain : Grain, IAttendanceGrain
{
    private readonly Dictionary<string, int> _boothCounts = [];

    public Task ReportAsync(string boothId, int count)
    {
        if (count > 0)
        {
            _boothCounts[boothId] = count;
        }
        else
        {
            _boothCounts.Remove(boothId);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, int>> GetBoothCountsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(new Dictionary<string, int>(_boothCounts));
}
