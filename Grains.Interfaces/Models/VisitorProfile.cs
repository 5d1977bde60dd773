namespace Expo.Grains.Models;

/// <summary>A visitor's own profile.</summary>
[GenerateSerializer, Immutable, Alias("expo.VisitorProfile")]
public sealed record VisitorProfile(
    [property: Id(0)] string VisitorId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Language,
    [property: Id(3)] DateTimeOffset CreatedAt);
