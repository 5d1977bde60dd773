using Expo.Grains.Models;

namespace Expo.Grains.SigningWall;

/// <summary>One sealed page of an expo's ended negotiations, oldest first.</summary>
[GenerateSerializer, Alias("expo.SigningWallPageState")]
public sealed class SigningWallPageState
{
    [Id(0)]
    public List<NegotiationListing> Negotiations { get; set; } = [];
}
