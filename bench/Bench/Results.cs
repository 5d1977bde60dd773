using Expo.Bench.Shared;

namespace Expo.Bench;

/// <summary>Everything one run measured; written as JSON to bench/results/.</summary>
public sealed record RunResult(
    string RunId,
    DateTimeOffset StartedAt,
    string Machine,
    BenchOptionsView Options,
    string Notes,
    List<SizeResult> Results,
    List<MemorySlope> Memory);

public sealed record BenchOptionsView(
    string Mode, int Webs, int Silos, string ExpoStorage, double ChatShare, double WanderShare, double MovesPerSecond, double StepFactor,
    double WarmupSeconds, double StepSeconds, double DrainSeconds, double P99LimitMs, string Sizes, string Systems);

/// <summary>One system at one size.</summary>
public sealed record SizeResult(
    string System,
    int Visitors,
    int Booths,
    int Stationary,
    int Chatters,
    int Wanderers,
    int Workers,
    PhaseResult? Sessions,
    PhaseResult? Connect,
    PhaseResult? Enter,
    long RssBytes,
    long StorageRssBytes,
    Dictionary<string, long> RssByProcess,
    double? CountsStaleMs,
    List<StepResult> Steps,
    StepResult? Best,
    string? Error);

/// <summary>A setup phase over all workers: wall time measured by the coordinator.</summary>
public sealed record PhaseResult(int Done, int Failed, double Seconds, double PerSecond, double LoadGenCpuMs, string? FirstError, int Retries = 0);

public sealed record StepResult(
    int Step,
    double OfferedDeliveriesPerSecond,
    double OfferedChatPerSecond,
    double AchievedDeliveriesPerSecond,
    LatencySummary Latency,
    long Acked,
    long SendErrors,
    long Unacknowledged,
    long Lost,
    long Duplicates,
    long WrongBooth,
    long OtherDeliveries,
    double MovesPerSecond,
    long MoveErrors,
    long MovesSkipped,
    long PresenceExpected,
    long PresenceMissed,
    LatencySummary Presence,
    double ServerCpuMs,
    double? ServerCpuMsPer1000Deliveries,
    Dictionary<string, double> ServerCpuMsByProcess,
    double LoadGenCpuMs,
    double SendLagMaxMs,
    long ClosedConnections,
    bool Passed,
    string? Failure,
    string? FirstError);

/// <summary>Server memory per connected visitor: the slope of summed RSS between the smallest and the largest size.</summary>
public sealed record MemorySlope(string System, int FromVisitors, int ToVisitors, double BytesPerVisitor, double StorageBytesPerVisitor);
