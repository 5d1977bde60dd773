using Expo.Grains.Models;

namespace Expo.Grains.Expo;

[GenerateSerializer, Alias("expo.ExpoState")]
public sealed class ExpoState
{
    [Id(0)]
    public ExpoDefinition? Definition { get; set; }
}
