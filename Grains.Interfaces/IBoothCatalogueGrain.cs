using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>
/// One booth's catalogue and media files, keyed by the booth id. Visitors read the visible part; the booth's staff
/// (as the booth grain says) change it, each change under an operation id that applies once.
/// </summary>
[Alias("expo.IBoothCatalogueGrain")]
public interface IBoothCatalogueGrain : IGrainWithStringKey
{
    /// <summary>Visible items in the staff's order, and the files visitors may open.</summary>
    [Alias("visible")]
    Task<BoothCatalogue> GetVisibleAsync();

    /// <summary>Every item, hidden ones too, for the booth's staff.</summary>
    [Alias("all")]
    Task<BoothCatalogue> GetAllAsync(string actorId);

    /// <summary>Creates an item when <paramref name="itemId"/> is null, or replaces one; keeps its place and visibility.</summary>
    [Alias("save-item")]
    Task<CatalogueItem> SaveItemAsync(string actorId, string operationId, string? itemId, CatalogueItemEdit edit);

    [Alias("hide-item")]
    Task<CatalogueItem> SetHiddenAsync(string actorId, string operationId, string itemId, bool hidden);

    [Alias("delete-item")]
    Task DeleteItemAsync(string actorId, string operationId, string itemId);

    /// <summary>Puts the items in this order; the list names every item once.</summary>
    [Alias("reorder")]
    Task<IReadOnlyList<CatalogueItem>> ReorderAsync(string actorId, string operationId, IReadOnlyList<string> itemIds);

    /// <summary>
    /// Asked before an upload's bytes are read or stored: refuses an actor who is not on the booth's staff now, or a
    /// booth whose files are full; returns the record when this operation id has already added a file (a retry).
    /// </summary>
    [Alias("prepare-upload")]
    Task<MediaFile?> PrepareUploadAsync(string actorId, string operationId);

    /// <summary>Records a file already stored; a retry with the same operation id returns the first record.</summary>
    [Alias("add-media")]
    Task<MediaFile> AddMediaAsync(string actorId, string operationId, MediaFile media);

    /// <summary>Forgets a file and takes it off every item; returns it so the caller deletes its blob, null if it was gone.</summary>
    [Alias("remove-media")]
    Task<MediaFile?> RemoveMediaAsync(string actorId, string operationId, string mediaId);

    /// <summary>Shows two of the booth's images as its logo and banner (null: none).</summary>
    [Alias("branding")]
    Task<BoothCatalogue> SetBrandingAsync(string actorId, string operationId, string? logoId, string? bannerId);

    [Alias("media")]
    Task<MediaFile?> GetMediaAsync(string mediaId);

    /// <summary>
    /// Adds the demo's sample items, marked as samples, at the end of the catalogue once in the booth's life; a later
    /// call (another silo's seed, a restart) changes nothing, so items the staff deleted stay deleted.
    /// </summary>
    [Alias("seed-samples")]
    Task SeedSamplesAsync(IReadOnlyList<CatalogueItem> items);
}
