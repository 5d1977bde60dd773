namespace Expo.Web.Auth;

/// <summary>How long sessions last and how quickly an ended one is refused everywhere; bound from <c>Expo:Sessions</c>.</summary>
public sealed class SessionOptions
{
    public const string Section = "Expo:Sessions";

    /// <summary>A session's absolute lifetime from sign-in: it never slides.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The shorter absolute lifetime of a session that carries the organiser role.</summary>
    public TimeSpan OrganiserLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How long a Web node trusts what it knows of a visitor's sessions before asking again. Revocations are pushed
    /// at once; this bounds how late a node that missed a push refuses an ended session.
    /// </summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string? Validate() =>
        Lifetime <= TimeSpan.Zero || OrganiserLifetime <= TimeSpan.Zero ? "Expo:Sessions lifetimes must be positive."
        : CheckInterval <= TimeSpan.Zero ? "Expo:Sessions:CheckInterval must be positive."
        : null;
}
