namespace Expo.Grains.Models;

/// <summary>
/// One negotiation as the organisers' report lists it: who, about what, where it stands and since when. Not its
/// terms or chat, which stay between the parties. The times are null for a negotiation that has not reported since
/// listings began.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.NegotiationListing")]
public sealed record NegotiationListing(
    [property: Id(0)] string Id,
    [property: Id(1)] NegotiationStatus Status,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Field,
    [property: Id(4)] IReadOnlyList<AgreementParty> Parties,
    [property: Id(5)] string? BoothId,
    [property: Id(6)] DateTimeOffset? CreatedAt,
    [property: Id(7)] DateTimeOffset? UpdatedAt);
