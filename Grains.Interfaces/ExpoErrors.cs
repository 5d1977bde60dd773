namespace Expo.Grains;

/// <summary>The error codes of the public protocol: hub errors and problem details start with one of these.</summary>
public static class ExpoErrors
{
    public const string BoothNotFound = "booth_not_found";
    public const string InvalidInput = "invalid_input";
    public const string Unauthorized = "unauthorized";
    public const string RateLimited = "rate_limited";
    public const string Unavailable = "unavailable";
    public const string Forbidden = "forbidden";
    public const string Conflict = "conflict";
    public const string NotFound = "not_found";

    /// <summary>The command acted on a version (or document) that another party's command has since replaced.</summary>
    public const string RebaseRequired = "rebase_required";

    /// <summary>A moderator muted (or banned) the sender, expo-wide or in this booth.</summary>
    public const string Muted = "muted";

    /// <summary>A moderator banned the visitor from this booth or from every booth.</summary>
    public const string Banned = "banned";

    /// <summary>The actor holds as many of these (open requests, reports) as one person may; one must end before another starts.</summary>
    public const string QuotaExceeded = "quota_exceeded";

    /// <summary>The request body is larger than what it carries may be (an upload over its kind's limit).</summary>
    public const string TooLarge = "too_large";
}
