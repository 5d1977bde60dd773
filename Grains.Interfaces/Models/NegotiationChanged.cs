namespace Expo.Grains.Models;

/// <summary>A negotiation stored a change: where it stands now, as of <see cref="Revision"/>; readers fetch the rest.</summary>
[GenerateSerializer, Immutable, Alias("expo.NegotiationChanged")]
public sealed record NegotiationChanged(
    [property: Id(0)] string NegotiationId,
    [property: Id(1)] NegotiationStatus Status,
    [property: Id(2)] long Revision,
    [property: Id(3)] int Version,
    [property: Id(4)] string? DocumentHash,
    [property: Id(5)] int Signatures);
