namespace Expo.Grains.Models;

/// <summary>
/// One thing a booth offers: a product, a piece of cultural IP, a tour route, a study programme, a dish... A
/// <see cref="Sample"/> item is demo content the expo seeded, not the exhibitor's; its <see cref="Artwork"/> is the key of
/// a picture the expo draws (<c>/art/{key}.svg</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.CatalogueItem")]
public sealed record CatalogueItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] LocalizedText Title,
    [property: Id(3)] LocalizedText Description,
    [property: Id(4)] IReadOnlyList<string> Tags,
    [property: Id(5)] CataloguePrice? Price,
    [property: Id(6)] IReadOnlyList<string> ImageIds,
    [property: Id(7)] bool Hidden,
    [property: Id(8)] DateTimeOffset UpdatedAt,
    [property: Id(9)] bool Sample = false,
    [property: Id(10)] string? Artwork = null);
