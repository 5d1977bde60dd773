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

    /// <summary>The request body is larger than the endpoint accepts (HTTP 413).</summary>
    public const string TooLarge = "too_large";

    /// <summary>The request body is not JSON (or not the media type the endpoint reads) (HTTP 415).</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";

    /// <summary>The path exists but not with this HTTP method (HTTP 405).</summary>
    public const string MethodNotAllowed = "method_not_allowed";
    /// <summary>The caller reached their share of something that grows with their actions (e.g. open reports).</summary>
    public const string QuotaExceeded = "quota_exceeded";
}
