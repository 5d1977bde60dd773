namespace Expo.Grains.Models;

/// <summary>What visitors see of a booth before they walk in.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothProfile")]
public sealed record BoothProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string PavilionId,
    [property: Id(2)] LocalizedText Name,
    [property: Id(3)] LocalizedText Description,
    [property: Id(4)] IReadOnlyList<string> Fields,
    [property: Id(5)] bool Sample);
