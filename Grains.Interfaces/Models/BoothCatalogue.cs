namespace Expo.Grains.Models;

/// <summary>A booth's catalogue items in the staff's order and its media files, newest first.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothCatalogue")]
public sealed record BoothCatalogue(
    [property: Id(0)] string BoothId,
    [property: Id(1)] IReadOnlyList<CatalogueItem> Items,
    [property: Id(2)] IReadOnlyList<MediaFile> Media);
