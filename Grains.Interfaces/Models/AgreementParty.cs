namespace Expo.Grains.Models;

/// <summary>A party as the signing wall shows it.</summary>
[GenerateSerializer, Immutable, Alias("expo.AgreementParty")]
public sealed record AgreementParty(
    [property: Id(0)] string PartyId,
    [property: Id(1)] LocalizedText Name);
