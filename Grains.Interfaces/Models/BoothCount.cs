namespace Expo.Grains.Models;

/// <summary>A booth's live visitor count as of a moment; reports travel one-way, so the moment orders them.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothCount")]
public sealed record BoothCount(
    [property: Id(0)] string BoothId,
    [property: Id(1)] int Count,
    [property: Id(2)] DateTimeOffset AsOf);
