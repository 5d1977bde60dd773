using Expo.Grains.Models;

namespace Expo.Grains.Expo.History;

/// <summary>Attendance samples in this process's memory. Not durable: for test clusters and benchmarks.</summary>
public sealed class MemoryAttendanceHistoryStore : IAttendanceHistoryStore
{
    private readonly Dictionary<(string, DateOnly), List<AttendanceSample>> _days = [];
    private readonly Lock _lock = new();

    public Task AppendAsync(string expoId, AttendanceSample sample)
    {
        lock (_lock)
        {
            var key = (expoId, DateOnly.FromDateTime(sample.At.UtcDateTime));
            if (!_days.TryGetValue(key, out var samples))
            {
                samples = _days[key] = [];
            }

            samples.Add(sample);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<AttendanceSample>> ReadDayAsync(string expoId, DateOnly day)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<AttendanceSample>>(_days.TryGetValue((expoId, day), out var samples) ? [.. samples] : []);
        }
    }
}
