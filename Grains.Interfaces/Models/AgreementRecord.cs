namespace Expo.Grains.Models;

/// <summary>A signed cooperation agreement of the catalogue, which seeds the expo's signing wall.</summary>
[GenerateSerializer, Immutable, Alias("expo.AgreementRecord")]
public sealed record AgreementRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] LocalizedText Subject,
    [property: Id(2)] string Field,
    [property: Id(3)] IReadOnlyList<string> Parties,
    [property: Id(4)] LocalizedText? Occasion = null);
