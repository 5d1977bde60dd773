namespace Expo.Grains.Models;

/// <summary>
/// A request to negotiate, made from a booth or one of its catalogue items. The requesting party is the one the
/// acting user belongs to; every other party is invited and must accept before terms can be proposed.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.NegotiationRequest")]
public sealed record NegotiationRequest(
    [property: Id(0)] string ExpoId,
    [property: Id(1)] IReadOnlyList<NegotiationParty> Parties,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Field,
    [property: Id(4)] string? BoothId = null,
    [property: Id(5)] string? CatalogueItemId = null,
    [property: Id(6)] DateTimeOffset? Deadline = null);
