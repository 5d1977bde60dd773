namespace Expo.Grains.Models;

/// <summary>One thing a booth offers: a product, a piece of cultural IP, a tour route, a study programme, a dish...</summary>
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
    [property: Id(8)] DateTimeOffset UpdatedAt);
