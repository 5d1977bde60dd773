namespace Expo.Grains;

/// <summary>What a moderation command may say, shared by the Web edge and the grains so both refuse the same things.</summary>
public static class ModerationRules
{
    public const string Mute = "mute";
    public const string Ban = "ban";
    public const int MaxReasonLength = 500;
    public const int MaxReportTextLength = 500;
    public const int MaxAuditPage = 200;

    /// <summary>Open reports one visitor may be behind at once; past it, <c>quota_exceeded</c> until moderators resolve some.</summary>
    public const int MaxOpenReportsPerReporter = 10;

    /// <summary>Reporters kept on one report; later ones are acknowledged and not stored, since the report is open anyway.</summary>
    public const int MaxReportEntries = 50;

    public static readonly TimeSpan ShortestSanction = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestSanction = TimeSpan.FromDays(365);

    /// <summary>Audit actions, as they appear in the log and its CSV.</summary>
    public static class Actions
    {
        public const string Mute = "mute";
        public const string Ban = "ban";
        public const string Lift = "lift";
        public const string RemoveMessage = "remove-message";
        public const string DismissReport = "dismiss-report";
    }

    public static class ReportStatus
    {
        public const string Open = "open";
        public const string Dismissed = "dismissed";
        public const string Actioned = "actioned";
    }

    public static readonly IReadOnlyList<string> Categories = ["spam", "abuse", "harassment", "fraud", "inappropriate", "other"];

    public static string RequireKind(string? kind) =>
        kind is Mute or Ban ? kind : throw ExpoException.Invalid("A sanction is 'mute' or 'ban'.");

    public static string RequireReason(string? reason)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > MaxReasonLength || text.Any(c => char.IsControl(c) && c != '\n'))
        {
            throw ExpoException.Invalid($"Give a reason of 1 to {MaxReasonLength} characters.");
        }

        return text;
    }

    public static TimeSpan? RequireDuration(TimeSpan? duration) =>
        duration is null || (duration >= ShortestSanction && duration <= LongestSanction)
            ? duration
            : throw ExpoException.Invalid("A sanction lasts from 1 minute to 365 days, or until lifted.");

    public static string RequireCategory(string? category) =>
        category is not null && Categories.Contains(category)
            ? category
            : throw ExpoException.Invalid($"A report's category is one of: {string.Join(", ", Categories)}.");

    public static string? RequireReportText(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > MaxReportTextLength || trimmed.Any(c => char.IsControl(c) && c != '\n')
            ? throw ExpoException.Invalid($"A report says at most {MaxReportTextLength} characters.")
            : trimmed;
    }
}
