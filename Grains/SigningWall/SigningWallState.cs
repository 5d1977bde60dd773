using Expo.Grains.Models;

namespace Expo.Grains.SigningWall;

[GenerateSerializer, Alias("expo.SigningWallState")]
public sealed class SigningWallState
{
    /// <summary>Signed agreements in the order they went up; ids are unique.</summary>
    [Id(0)]
    public List<SignedAgreement> Agreements { get; set; } = [];

    /// <summary>The latest status and revision each negotiation of the expo reported.</summary>
    [Id(1)]
    public Dictionary<string, NegotiationTrack> Negotiations { get; set; } = [];
}

[GenerateSerializer, Immutable, Alias("expo.NegotiationTrack")]
public sealed record NegotiationTrack(
    [property: Id(0)] NegotiationStatus Status,
    [property: Id(1)] long Revision,
    [property: Id(2)] NegotiationListing? Listing = null);
