namespace Expo.Grains.Models;

/// <summary>
/// One pavilion's stamp in a visitor's passport: the booth where it was earned, when, and how
/// (<see cref="PassportReasons"/>: a stay of at least the dwell threshold, or a line of chat).
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.PassportStamp")]
public sealed record PassportStamp(
    [property: Id(0)] string ExpoId,
    [property: Id(1)] string PavilionId,
    [property: Id(2)] string BoothId,
    [property: Id(3)] DateTimeOffset StampedAt,
    [property: Id(4)] string Reason);

/// <summary>How a stamp was earned.</summary>
public static class PassportReasons
{
    public const string Dwell = "dwell";
    public const string Chat = "chat";
}
