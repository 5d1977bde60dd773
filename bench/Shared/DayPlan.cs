namespace Expo.Bench.Shared;

/// <summary>
/// The expo-day and stage mixes: instead of one offered rate spread over chatters, every visitor keeps a human
/// pace of its own (a line every <see cref="ChatSeconds"/>, a move every <see cref="MoveSeconds"/>), visitors
/// arrive and leave, and a few organiser consoles and exhibitor pages poll what the real pages poll. A step's
/// <see cref="StepCommand.Multiplier"/> scales the chat pace (<see cref="ScaleChat"/>) or the move pace
/// (<see cref="ScaleMoves"/>); no connection ever sends more than <see cref="MaxLinesPerSecond"/>.
/// </summary>
public sealed record DayPlan(
    string Mix,
    int Seed,
    double TalkerShare,
    double[] ChatSeconds,
    double[] StaffChatSeconds,
    double[] MoveSeconds,
    double ChurnPerSecond,
    bool ScaleChat,
    bool ScaleMoves,
    double MaxLinesPerSecond,
    bool Accounts,
    int Organisers,
    int Exhibitors,
    string? OrganiserEmail,
    string? OrganiserPassword,
    int LiveReaders = 0,
    double AnnounceSeconds = 0);

/// <summary>What a mix step adds to <see cref="StepReport"/>: churn, skipped lines, the consoles, and what arrived.</summary>
public sealed record DayStepReport(
    long Arrivals,
    long ArrivalErrors,
    long ChatsSkipped,
    long ConsoleRequests,
    long ConsoleErrors,
    HistogramData ConsoleLatency,
    long ReceivedBytes,
    long ReceivedMessages,
    int Connected,
    long JoinsInWindow,
    long LinesInWindow,
    long AllDeliveries,
    LiveStepReport? Live = null);

/// <summary>
/// The anonymous live feed's readers in one step: how many had their stream open at the end, the events and bytes they
/// received in the window, the lag from an announcement posted to its arrival at each reader, and what went wrong.
/// </summary>
public sealed record LiveStepReport(
    int Connected,
    long Events,
    long Bytes,
    long Reconnects,
    long Errors,
    long AnnouncementsPosted,
    long AnnouncementErrors,
    HistogramData AnnouncementLag);
