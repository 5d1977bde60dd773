namespace Expo.Grains.Models;

/// <summary>A signatory's confirmation for their party of the agreement document with that content hash.</summary>
[GenerateSerializer, Immutable, Alias("expo.AgreementSignature")]
public sealed record AgreementSignature(
    [property: Id(0)] string PartyId,
    [property: Id(1)] string SignatoryId,
    [property: Id(2)] DateTimeOffset SignedAt,
    [property: Id(3)] string ContentHash);
