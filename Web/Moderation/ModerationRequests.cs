namespace Expo.Web.Moderation;

/// <summary>The bodies of the moderation endpoints; every command carries a client operation id.</summary>
public static class ModerationRequests
{
    public sealed record SanctionBody(
        string? OperationId, string? Kind, string? VisitorId, string? VisitorName, string? BoothId, double? DurationMinutes, string? Reason, string? ReportId);

    public sealed record ReasonBody(string? OperationId, string? Reason);

    public sealed record RemovalBody(string? OperationId, string? Reason, string? ReportId);

    public sealed record ReportBody(string? OperationId, long? Sequence, string? VisitorId, string? Category, string? Text);

    /// <summary>What the reporter hears back: their report is in, not who else reported.</summary>
    public sealed record ReportReceipt(string ReportId, string Status);
}
