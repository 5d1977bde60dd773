namespace Expo.Grains.Models;

/// <summary>A signed cooperation agreement shown on the expo's signing wall.</summary>
[GenerateSerializer, Immutable, Alias("expo.AgreementRecord")]
public sealed record AgreementRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] LocalizedText Subject,
    [property: Id(2)] string Field,
    [property: Id(3)] IReadOnlyList<string> Parties);
