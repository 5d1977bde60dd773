namespace Expo.Grains.Negotiations;

/// <summary>Bound from <c>Expo:Negotiations</c>.</summary>
public sealed class NegotiationOptions
{
    public const string Section = "Expo:Negotiations";

    /// <summary>
    /// The most time between two reminder ticks of a negotiation that has a deadline or updates not yet delivered.
    /// A deadline closer than this is met by a tick due exactly then; at least the reminder service's minimum period.
    /// </summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Requests one user may have waiting for an answer across the expo; more are refused with <c>quota_exceeded</c>.</summary>
    public int MaxOpenRequestsPerRequester { get; set; } = 20;

    /// <summary>Requests one user may have waiting for an answer from the same booth.</summary>
    public int MaxOpenRequestsPerBooth { get; set; } = 3;

    /// <summary>
    /// Settled negotiations per sealed page of a user's inbox. The inbox holds its pending items and up to two pages
    /// of settled negotiations and rewrites them with every change; older pages live in grains of their own.
    /// </summary>
    public int InboxPageSize { get; set; } = 200;

    /// <summary>
    /// Ended negotiations per sealed page of an expo's signing wall; the wall keeps the counts of sealed ones. Each
    /// entry is its organisers' listing (about 700 bytes as JSON), so two pages stay near 150 KB per write.
    /// </summary>
    public int WallPageSize { get; set; } = 100;

    public string? Validate() =>
        ReminderInterval < TimeSpan.FromSeconds(1) ? "ReminderInterval must be at least 1 second."
        : MaxOpenRequestsPerRequester is < 1 or > 10_000 ? "MaxOpenRequestsPerRequester is 1 to 10000."
        : MaxOpenRequestsPerBooth is < 1 or > 10_000 ? "MaxOpenRequestsPerBooth is 1 to 10000."
        : InboxPageSize is < 10 or > 5000 ? "InboxPageSize is 10 to 5000."
        : WallPageSize is < 10 or > 5000 ? "WallPageSize is 10 to 5000."
        : null;
}
