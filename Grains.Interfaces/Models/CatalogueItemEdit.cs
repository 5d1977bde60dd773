namespace Expo.Grains.Models;

/// <summary>Everything the staff set on a catalogue item, replaced as a whole by each edit. No price means "on request".</summary>
[GenerateSerializer, Immutable, Alias("expo.CatalogueItemEdit")]
public sealed record CatalogueItemEdit(
    [property: Id(0)] string? Kind,
    [property: Id(1)] LocalizedText? Title,
    [property: Id(2)] LocalizedText? Description,
    [property: Id(3)] IReadOnlyList<string>? Tags,
    [property: Id(4)] CataloguePrice? Price,
    [property: Id(5)] IReadOnlyList<string>? ImageIds);
