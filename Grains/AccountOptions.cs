namespace Expo.Grains;

/// <summary>How accounts resist password guessing; bound from <c>Expo:Accounts</c> on silos.</summary>
public sealed class AccountOptions
{
    public const string Section = "Expo:Accounts";

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account refuses every sign-in, the right password included.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(5);

    public string? Validate() =>
        MaxFailedSignIns < 1 ? "MaxFailedSignIns must be at least 1."
        : LockoutDuration <= TimeSpan.Zero ? "LockoutDuration must be positive."
        : null;
}
