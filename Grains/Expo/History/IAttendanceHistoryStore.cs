using Expo.Grains.Models;

namespace Expo.Grains.Expo.History;

/// <summary>Where an expo's attendance samples are kept, a log per expo and UTC day, so charts and replay survive restarts.</summary>
public interface IAttendanceHistoryStore
{
    Task AppendAsync(string expoId, AttendanceSample sample);

    /// <summary>The day's samples in the order they were appended (a sample may repeat after a failed append was retried).</summary>
    Task<IReadOnlyList<AttendanceSample>> ReadDayAsync(string expoId, DateOnly day);
}
