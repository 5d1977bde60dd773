using System.Text.Json;
using System.Text.Json.Serialization;

namespace Expo.Bench.Shared;

/// <summary>
/// The coordinator drives each load-generator worker with one JSON object per line on its standard input; the
/// worker answers each command with one JSON object per line on its standard output (logs go to standard error).
/// </summary>
public static class Control
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(Command command) => JsonSerializer.Serialize(command, Json);

    public static string Write(Reply reply) => JsonSerializer.Serialize(reply, Json);
}

/// <summary>A command to a worker: exactly one of its parts is set, named by <see cref="Kind"/>.</summary>
public sealed record Command(string Kind, WorkerPlan? Plan = null, StepCommand? Step = null)
{
    public const string Setup = "setup";
    public const string Sessions = "sessions";
    public const string Connect = "connect";
    public const string Enter = "enter";
    public const string RunStep = "step";
    public const string Move = "move";
    public const string Consoles = "consoles";
    public const string Live = "live";
    public const string Stop = "stop";
}

/// <summary>A worker's answer to one command; <see cref="Error"/> is set when the command failed.</summary>
public sealed record Reply(
    string Kind,
    string? Error = null,
    PhaseReport? Phase = null,
    StepReport? Step = null,
    MoveReport? Move = null);

/// <summary>What one worker plays: whole booths, each with its stationary visitors, chatters among them, and wanderers.</summary>
public sealed record WorkerPlan(
    int WorkerId,
    string Mode,
    IReadOnlyList<string> WebUrls,
    string SourceAddress,
    IReadOnlyList<BoothPlan> Booths,
    int GuestConcurrency,
    int ConnectConcurrency,
    DayPlan? Day = null);

/// <summary>A booth's people: visitor i of the booth talks to Web node i mod the number of nodes.</summary>
public sealed record BoothPlan(string BoothId, int Stationary, int Chatters, int Wanderers, int Staff = 0, double Weight = 1);

/// <summary>
/// One load step. <see cref="StartTimestamp"/> is a <c>Stopwatch</c> timestamp, the same clock in every process
/// on the machine, so all workers start their schedules together.
/// </summary>
public sealed record StepCommand(
    long StartTimestamp,
    double ChatPerSecond,
    double MovesPerSecond,
    double WarmupSeconds,
    double Seconds,
    double DrainSeconds,
    double Multiplier = 1);

/// <summary>A setup phase: how many items succeeded and failed, and the worker's CPU time for it.</summary>
public sealed record PhaseReport(int Done, int Failed, double Seconds, double CpuMs, string? FirstError, int Retries = 0);

public sealed record StepReport(
    long Scheduled,
    long Acked,
    long SendErrors,
    long Unacknowledged,
    long ExpectedDeliveries,
    long MeasuredDeliveries,
    long Lost,
    long Duplicates,
    long WrongBooth,
    long OtherDeliveries,
    HistogramData ChatLatency,
    long MovesDone,
    long MovesInWindow,
    long MoveErrors,
    long MovesSkipped,
    long PresenceExpected,
    long PresenceMissed,
    HistogramData PresenceLatency,
    double SendLagMaxMs,
    double CpuMs,
    long ClosedConnections,
    string? FirstError,
    DayStepReport? Day = null);

/// <summary>After every wanderer moved once: when the last move was acknowledged, and who is where now.</summary>
public sealed record MoveReport(long DoneTimestamp, int Moved, int Failed, IReadOnlyDictionary<string, int> Occupancy);
