using Expo.Bench.Shared;

namespace Expo.Bench;

/// <summary>Everything an expo-day or stage run measured; written as JSON to bench/results/.</summary>
public sealed record DayRunResult(
    string RunId,
    DateTimeOffset StartedAt,
    string Machine,
    string Command,
    string Notes,
    List<DaySystemResult> Results);

/// <summary>One system under the mix: who was where, the setup phases, memory at rest, and every step.</summary>
public sealed record DaySystemResult(
    string System,
    string Mix,
    int Visitors,
    int Booths,
    int Residents,
    int Staff,
    int Wanderers,
    IReadOnlyList<int> HottestBooths,
    PhaseResult? Sessions,
    PhaseResult? Connect,
    PhaseResult? Enter,
    PhaseResult? Consoles,
    Dictionary<string, long> IdleRssByProcess,
    List<DayStepResult> Steps,
    string? Error,
    int LiveReaders = 0,
    PhaseResult? Live = null)
{
    /// <summary>
    /// The step at the mix's own pace (multiplier 1), or null if it did not run: the repeat when the first failed, as
    /// the first steps still warm code and connections up.
    /// </summary>
    public DayStepResult? AtPace => Steps.LastOrDefault(s => s.Multiplier == 1);

    /// <summary>The passing step with the highest multiplier: the ceiling.</summary>
    public DayStepResult? Ceiling => Steps.Where(s => s.Passed).MaxBy(s => s.Multiplier);
}

public sealed record DayStepResult(
    int Step,
    double Multiplier,
    double LinesPerSecond,
    double DeliveriesPerSecond,
    double CheckedDeliveriesPerSecond,
    LatencySummary Latency,
    double MovesPerSecond,
    double JoinsToHottestPerSecond,
    LatencySummary Presence,
    long PresenceExpected,
    long PresenceMissed,
    double ArrivalsPerSecond,
    long ArrivalErrors,
    long ChatsSkipped,
    long ConsoleRequests,
    long ConsoleErrors,
    LatencySummary Console,
    long Lost,
    long Duplicates,
    long SendErrors,
    long Unacknowledged,
    long MoveErrors,
    long ClosedConnections,
    Dictionary<string, double> CpuSecondsPerSecond,
    Dictionary<string, long> RssByProcess,
    double LoadGenCpuSecondsPerSecond,
    double ReceivedBytesPerVisitorPerSecond,
    double ReceivedMessagesPerVisitorPerSecond,
    int Connected,
    double SendLagMaxMs,
    bool Passed,
    string? Failure,
    string? FirstError,
    LiveStepResult? Live = null);

/// <summary>
/// The live feed's readers in one step: how many streams were open at its end, the events (keep-alive comments aside)
/// and bytes they received per second, the lag from an announcement posted to its arrival at each reader, the
/// announcements posted, churn reconnections, and streams that failed or were ended by the server.
/// </summary>
public sealed record LiveStepResult(
    int Connected,
    double EventsPerSecond,
    double EventsPerReaderPerSecond,
    double BytesPerReaderPerSecond,
    LatencySummary AnnouncementLag,
    long AnnouncementsPosted,
    long Reconnects,
    long Errors,
    long AnnouncementErrors);
