using Expo.Grains.Booths;
using Expo.Grains.Models;

namespace Expo.Grains.Catalogue;

[GenerateSerializer, Alias("expo.BoothCatalogueState")]
public sealed class BoothCatalogueState
{
    /// <summary>In the order the staff gave them.</summary>
    [Id(0)]
    public List<CatalogueItem> Items { get; set; } = [];

    /// <summary>Oldest first.</summary>
    [Id(1)]
    public List<MediaFile> Media { get; set; } = [];

    [Id(2)]
    public List<BoothOperation> Operations { get; set; } = [];

    [Id(3)]
    public string? LogoId { get; set; }

    [Id(4)]
    public string? BannerId { get; set; }

    /// <summary>The demo's sample items were added once; they are not added again after the staff deleted them.</summary>
    [Id(5)]
    public bool SamplesSeeded { get; set; }
}
