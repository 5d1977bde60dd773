using Expo.Grains.Models;

namespace Expo.Grains.Expo;

[GenerateSerializer, Alias("expo.ExpoState")]
public sealed class ExpoState
{
    /// <summary>The catalogue as seeded.</summary>
    [Id(0)]
    public ExpoDefinition? Definition { get; set; }

    /// <summary>Booth profiles as their staff edited them, by booth id; they replace the seeded ones in what visitors see.</summary>
    [Id(1)]
    public Dictionary<string, BoothProfile> BoothEdits { get; set; } = [];
}
