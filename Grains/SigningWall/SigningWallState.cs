using Expo.Grains.Models;

namespace Expo.Grains.SigningWall;

[GenerateSerializer, Alias("expo.SigningWallState")]
public sealed class SigningWallState
{
    /// <summary>Signed agreements in the order they went up; ids are unique.</summary>
    [Id(0)]
    public List<SignedAgreement> Agreements { get; set; } = [];

    /// <summary>The latest status and revision of each negotiation under way, and of the ended ones not sealed yet.</summary>
    [Id(1)]
    public Dictionary<string, NegotiationTrack> Negotiations { get; set; } = [];

    /// <summary>Ended negotiations still in <see cref="Negotiations"/>, in the order they ended: the oldest are sealed first.</summary>
    [Id(2)]
    public List<string> Finished { get; set; } = [];

    /// <summary>How many pages of ended negotiations are sealed in grains of their own.</summary>
    [Id(3)]
    public long PagesSealed { get; set; }

    /// <summary>The sealed negotiations that ended without an agreement, so the counts stay whole.</summary>
    [Id(4)]
    public int SealedEnded { get; set; }
}

[GenerateSerializer, Immutable, Alias("expo.NegotiationTrack")]
public sealed record NegotiationTrack(
    [property: Id(0)] NegotiationStatus Status,
    [property: Id(1)] long Revision,
    [property: Id(2)] NegotiationListing? Listing = null,
    [property: Id(3)] string? RequesterId = null);
