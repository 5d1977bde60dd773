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

    public string? Validate() =>
        AuditPageSize is < 10 or > 5000 ? "Expo:Moderation:AuditPageSize is 10 to 5000." : null;
}
