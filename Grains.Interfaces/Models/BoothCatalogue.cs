namespace Expo.Grains.Models;

/// <summary>A booth's catalogue items in the staff's order, its media files, newest first, and the images it shows as logo and banner.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothCatalogue")]
public sealed record BoothCatalogue(
    [property: Id(0)] string BoothId,
    [property: Id(1)] IReadOnlyList<CatalogueItem> Items,
    [property: Id(2)] IReadOnlyList<MediaFile> Media,
    [property: Id(3)] string? LogoId = null,
    [property: Id(4)] string? BannerId = null);
