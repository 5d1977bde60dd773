namespace Expo.Grains.Models;

/// <summary>
/// A negotiation's status as of its <see cref="Revision"/>, sent to its expo's signing wall after each change; the
/// last one carries the signed agreement. Reports may repeat or come late: the wall keeps the highest revision.
/// <see cref="Listing"/> is what the organisers' report lists of it.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.NegotiationReport")]
public sealed record NegotiationReport(
    [property: Id(0)] string NegotiationId,
    [property: Id(1)] NegotiationStatus Status,
    [property: Id(2)] long Revision,
    [property: Id(3)] SignedAgreement? Agreement,
    [property: Id(4)] NegotiationListing? Listing = null,
    [property: Id(5)] string? RequesterId = null);
