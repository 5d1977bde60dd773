namespace Expo.Grains.Models;

/// <summary>
/// An agreement on the expo's signing wall. Its id is the negotiation's (or the seed's) id, so a negotiation can put
/// at most one agreement there. Agreements from the seed carry no document and, where the source gives no date,
/// no <see cref="SignedAt"/>; <see cref="Occasion"/> says where and when they were signed.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.SignedAgreement")]
public sealed record SignedAgreement(
    [property: Id(0)] string Id,
    [property: Id(1)] string ExpoId,
    [property: Id(2)] LocalizedText Subject,
    [property: Id(3)] string Field,
    [property: Id(4)] IReadOnlyList<AgreementParty> Parties,
    [property: Id(5)] DateTimeOffset? SignedAt,
    [property: Id(6)] string? DocumentHash,
    [property: Id(7)] LocalizedText? Occasion = null);
