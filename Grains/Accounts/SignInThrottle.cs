namespace Expo.Grains.Accounts;

/// <summary>Wrong passwords for one account from one client address, and until when that address must wait.</summary>
[GenerateSerializer, Alias("expo.SignInThrottle")]
public sealed class SignInThrottle
{
    [Id(0)]
    public string Address { get; set; } = "";

    [Id(1)]
    public int Failures { get; set; }

    [Id(2)]
    public DateTimeOffset LastFailure { get; set; }

    [Id(3)]
    public DateTimeOffset? WaitUntil { get; set; }
}
