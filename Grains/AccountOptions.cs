namespace Expo.Grains;

/// <summary>How accounts resist password guessing; bound from <c>Expo:Accounts</c> on silos.</summary>
public sealed class AccountOptions
{
    public const string Section = "Expo:Accounts";

    /// <summary>Wrong passwords from one client address that cost nothing; each further one makes that address wait.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>The first wait; it doubles with each further wrong password from the same address.</summary>
    public TimeSpan ThrottleDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait one address is made to keep.</summary>
    public TimeSpan MaxThrottleDelay { get; set; } = TimeSpan.FromMinutes(15);

    public string? Validate() =>
        MaxFailedSignIns < 1 ? "MaxFailedSignIns must be at least 1."
        : ThrottleDelay <= TimeSpan.Zero || MaxThrottleDelay < ThrottleDelay ? "ThrottleDelay must be positive and MaxThrottleDelay at least as long."
        : null;
}
