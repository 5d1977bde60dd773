using Expo.Grains.Models;

namespace Expo.Grains.Interests;

[GenerateSerializer, Alias("expo.VisitorInterestsState")]
public sealed class VisitorInterestsState
{
    [Id(0)]
    public VisitorInterests? Interests { get; set; }
}
