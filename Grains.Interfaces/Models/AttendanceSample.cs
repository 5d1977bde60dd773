namespace Expo.Grains.Models;

/// <summary>
/// The expo at one moment, as the organiser's charts, heatmap and replay draw it: visitors in booths (in all, per
/// pavilion, per booth with anyone in it), the joins, leaves and chat lines since the previous sample, and the
/// visitors connected to the expo at all (in a booth or browsing).
/// <see cref="Id"/> is unique per sample, so one stored twice (an append retried after a timeout) reads back once.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.AttendanceSample")]
public sealed record AttendanceSample(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] int InBooths,
    [property: Id(2)] IReadOnlyDictionary<string, int> Pavilions,
    [property: Id(3)] IReadOnlyDictionary<string, int> Booths,
    [property: Id(4)] long Joins,
    [property: Id(5)] long Leaves,
    [property: Id(6)] long ChatLines,
    [property: Id(7)] string Id,
    [property: Id(8)] int Online = 0);

/// <summary>
/// The expo now: visitors connected (<see cref="Online"/>) and in booths, joins, leaves and chat lines per minute over
/// the last minute, the staff in each booth, the booths with visitors but none of their staff, and the queues at
/// the doors of full booths.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.AttendanceNow")]
public sealed record AttendanceNow(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] int InBooths,
    [property: Id(2)] IReadOnlyDictionary<string, int> Pavilions,
    [property: Id(3)] IReadOnlyDictionary<string, int> Booths,
    [property: Id(4)] double JoinsPerMinute,
    [property: Id(5)] double LeavesPerMinute,
    [property: Id(6)] double ChatLinesPerMinute,
    [property: Id(7)] int Online,
    [property: Id(8)] IReadOnlyDictionary<string, int> StaffOnline,
    [property: Id(9)] IReadOnlyList<string> Unstaffed,
    [property: Id(10)] IReadOnlyDictionary<string, int> Queues);
