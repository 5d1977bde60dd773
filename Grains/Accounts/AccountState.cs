namespace Expo.Grains.Accounts;

/// <summary>An account's credentials and its sign-in throttle; the password only as a salted PBKDF2 hash.</summary>
[GenerateSerializer, Alias("expo.AccountState")]
public sealed class AccountState
{
    [Id(0)]
    public string? VisitorId { get; set; }

    [Id(1)]
    public string? PasswordHash { get; set; }

    [Id(2)]
    public string DisplayName { get; set; } = "";

    [Id(3)]
    public string Language { get; set; } = "en";

    [Id(4)]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>No longer used: wrong passwords are throttled per client address (<see cref="Throttles"/>).</summary>
    [Id(5)]
    public int FailedSignIns { get; set; }

    [Id(6)]
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>Wrong passwords per client address, at most <see cref="SignInThrottles.MaxAddresses"/>.</summary>
    [Id(7)]
    public List<SignInThrottle> Throttles { get; set; } = [];
}
