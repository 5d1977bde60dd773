namespace Expo.Grains.Models;

/// <summary>
/// An organisation taking part in a negotiation: a stable id (a booth id, or <c>org:&lt;slug&gt;</c>), its name, the users
/// who act for it and those of them who may sign for it.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.NegotiationParty")]
public sealed record NegotiationParty(
    [property: Id(0)] string PartyId,
    [property: Id(1)] LocalizedText Name,
    [property: Id(2)] IReadOnlyList<string> Members,
    [property: Id(3)] IReadOnlyList<string> Signatories);
