namespace Expo.Grains.Models;

/// <summary>One Silk Road Friendship City (or the guest pavilion) and the booths it holds.</summary>
[GenerateSerializer, Immutable, Alias("expo.PavilionProfile")]
public sealed record PavilionProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] LocalizedText Name,
    [property: Id(3)] LocalizedText Province,
    [property: Id(4)] LocalizedText Heritage,
    [property: Id(5)] IReadOnlyList<BoothProfile> Booths,
    [property: Id(6)] bool HeritageSample);
