namespace Expo.Grains.Models;

/// <summary>
/// For the organiser dashboard: negotiations under way (requested, open, offered or agreed), agreements signed
/// (seeded ones included), and negotiations that ended without one.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.NegotiationCounts")]
public sealed record NegotiationCounts(
    [property: Id(0)] int Open,
    [property: Id(1)] int Signed,
    [property: Id(2)] int Ended);
