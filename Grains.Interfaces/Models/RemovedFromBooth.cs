namespace Expo.Grains.Models;

/// <summary>A ban took the visitor out of the booth; their connections in it hear why and until when.</summary>
[GenerateSerializer, Immutable, Alias("expo.RemovedFromBooth")]
public sealed record RemovedFromBooth(
    [property: Id(0)] string BoothId,
    [property: Id(1)] string VisitorId,
    [property: Id(2)] string Reason,
    [property: Id(3)] DateTimeOffset? Until,
    [property: Id(4)] bool ExpoWide);
