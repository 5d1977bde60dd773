namespace Expo.Grains.Models;

/// <summary>
/// Everything the parties see of a negotiation. <see cref="AcceptedBy"/> lists the parties that accepted the latest
/// version (the proposer's among them); <see cref="RequestAcceptedBy"/> the invited parties that accepted the request; <see cref="Reason"/> the one given with the latest rejection, decline or withdrawal.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.NegotiationView")]
public sealed record NegotiationView(
    [property: Id(0)] string Id,
    [property: Id(1)] string ExpoId,
    [property: Id(2)] NegotiationStatus Status,
    [property: Id(3)] IReadOnlyList<NegotiationParty> Parties,
    [property: Id(4)] string RequestedBy,
    [property: Id(5)] string Subject,
    [property: Id(6)] string Field,
    [property: Id(7)] string? BoothId,
    [property: Id(8)] string? CatalogueItemId,
    [property: Id(9)] DateTimeOffset? Deadline,
    [property: Id(10)] IReadOnlyList<string> RequestAcceptedBy,
    [property: Id(11)] IReadOnlyList<TermsVersion> Versions,
    [property: Id(12)] IReadOnlyList<string> AcceptedBy,
    [property: Id(13)] AgreementDocumentRef? Document,
    [property: Id(14)] IReadOnlyList<AgreementSignature> Signatures,
    [property: Id(15)] IReadOnlyList<AgreementSignature> VoidedSignatures,
    [property: Id(16)] long Revision,
    [property: Id(17)] long LastMessageSequence,
    [property: Id(18)] DateTimeOffset CreatedAt,
    [property: Id(19)] DateTimeOffset UpdatedAt,
    [property: Id(20)] string? Reason);
