namespace Expo.Grains.Models;

/// <summary>The whole catalogue of an expo: its facts, fields, pavilions, booths and agreements.</summary>
[GenerateSerializer, Immutable, Alias("expo.ExpoDefinition")]
public sealed record ExpoDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] LocalizedText Name,
    [property: Id(2)] LocalizedText Tagline,
    [property: Id(3)] LocalizedText Description,
    [property: Id(4)] IReadOnlyList<FieldOfCooperation> Fields,
    [property: Id(5)] IReadOnlyList<PavilionProfile> Pavilions,
    [property: Id(6)] IReadOnlyList<AgreementRecord> Agreements);
