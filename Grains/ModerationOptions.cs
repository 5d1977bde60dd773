namespace Expo.Grains;

/// <summary>How an expo's moderation grain keeps its audit log; bound from <c>Expo:Moderation</c> on silos.</summary>
public sealed class ModerationOptions
{
    public const string Section = "Expo:Moderation";

    /// <summary>
    /// Audit entries per sealed page. The moderation state holds up to two pages of the newest entries and rewrites
    /// them with every action; older pages are sealed into grains of their own and never written again. Changing it
    /// only while the whole cluster is stopped keeps the sealed pages readable.
    /// </summary>
    public int AuditPageSize { get; set; } = 500;

    /// <summary>Resolved reports per sealed page; sealed like the audit, and as fixed once pages exist.</summary>
    public int ReportPageSize { get; set; } = 200;

    /// <summary>
    /// Open reports the expo holds at most: past it, a report on something not yet reported is refused with
    /// <c>quota_exceeded</c> (reports joining an open one still count), so a flood cannot grow the state without bound.
    /// </summary>
    public int MaxOpenReports { get; set; } = 2000;

    /// <summary>How soon a booth that did not take a sanctions push is tried again (and again, until it does).</summary>
    public TimeSpan DeliveryRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string? Validate() =>
        AuditPageSize is < 10 or > 5000 ? "Expo:Moderation:AuditPageSize is 10 to 5000."
        : ReportPageSize is < 10 or > 5000 ? "Expo:Moderation:ReportPageSize is 10 to 5000."
        : MaxOpenReports is < 10 ? "Expo:Moderation:MaxOpenReports is 10 or more."
        : DeliveryRetryInterval <= TimeSpan.Zero ? "Expo:Moderation:DeliveryRetryInterval is positive."
        : null;
}
