namespace Expo.Grains.Models;

/// <summary>A text shown to people in both expo languages.</summary>
[GenerateSerializer, Immutable, Alias("expo.LocalizedText")]
public sealed record LocalizedText(
    [property: Id(0)] string En,
    [property: Id(1)] string Zh);
