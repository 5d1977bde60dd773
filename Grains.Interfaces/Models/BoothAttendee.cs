namespace Expo.Grains.Models;

/// <summary>Someone in the booth now, as its staff see them: since when, and whether they are staff themselves.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothAttendee")]
public sealed record BoothAttendee(
    [property: Id(0)] string VisitorId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] DateTimeOffset Since,
    [property: Id(3)] bool Staff);
