using Expo.Grains.Booths;
using Expo.Grains.Interests;
using Expo.Grains.Models;
using Microsoft.Extensions.Logging;

namespace Expo.Grains.Catalogue;

public sealed partial class BoothCatalogueGrain(
    [PersistentState("catalogue", ExpoStorage.Booths)] IPersistentState<BoothCatalogueState> state,
    ExpoClock clock,
    BoothOffers offers) : Grain, IBoothCatalogueGrain
{
    private const string Refusal = "Only the booth's staff change its catalogue and media.";

    private string BoothId => this.GetPrimaryKeyString();

    private List<CatalogueItem> Items => state.State.Items;

    private List<MediaFile> Media => state.State.Media;

    public Task<BoothCatalogue> GetVisibleAsync() =>
        Task.FromResult(Snapshot([.. Items.Where(i => !i.Hidden)]));

    public async Task<BoothCatalogue> GetAllAsync(string actorId)
    {
        await RequireStaffAsync(actorId);
        return Snapshot([.. Items]);
    }

    public async Task<CatalogueItem> SaveItemAsync(string actorId, string operationId, string? itemId, CatalogueItemEdit edit)
    {
        await RequireStaffAsync(actorId);
        ExpoRules.RequireOperationId(operationId);
        if (Applied(actorId, operationId, "save-item") is { } done)
        {
            return Items.FirstOrDefault(i => i.Id == done.Result) ?? throw ExpoException.NotFound("That item has been deleted since.");
        }

        var index = itemId is null ? -1 : IndexOf(itemId);
        if (itemId is null && Items.Count >= CatalogueRules.MaxItems)
        {
            throw ExpoException.Invalid($"A booth's catalogue holds up to {CatalogueRules.MaxItems} items.");
        }

        var id = itemId ?? $"i-{Guid.NewGuid():N}";
        var item = CatalogueRules.Apply(id, edit, index >= 0 && Items[index].Hidden, clock.UtcNow, IsImage);

        // An edited sample is the exhibitor's own item now, but keeps the picture the expo drew for it.
        item = index >= 0 ? item with { Artwork = Items[index].Artwork } : item;
        if (index >= 0)
        {
            Items[index] = item;
        }
        else
        {
            Items.Add(item);
        }

        RecentOperations.Record(state.State.Operations, actorId, operationId, "save-item", id);
        await WriteAsync();
        return item;
    }

    public async Task<CatalogueItem> SetHiddenAsync(string actorId, string operationId, string itemId, bool hidden)
    {
        await RequireStaffAsync(actorId);
        ExpoRules.RequireOperationId(operationId);
        var index = IndexOf(itemId);
        if (Applied(actorId, operationId, "hide-item") is null)
        {
            Items[index] = Items[index] with { Hidden = hidden, UpdatedAt = clock.UtcNow };
            RecentOperations.Record(state.State.Operations, actorId, operationId, "hide-item", null);
            await WriteAsync();
        }

        return Items[index];
    }

    public async Task DeleteItemAsync(string actorId, string operationId, string itemId)
    {
        await RequireStaffAsync(actorId);
        ExpoRules.RequireOperationId(operationId);
        if (Applied(actorId, operationId, "delete-item") is not null)
        {
            return;
        }

        Items.RemoveAt(IndexOf(itemId));
        RecentOperations.Record(state.State.Operations, actorId, operationId, "delete-item", null);
        await WriteAsync();
    }

    public async Task<IReadOnlyList<CatalogueItem>> ReorderAsync(string actorId, string operationId, IReadOnlyList<string> itemIds)
    {
        await RequireStaffAsync(actorId);
        ExpoRules.RequireOperationId(operationId);
        if (Applied(actorId, operationId, "reorder") is null)
        {
            itemIds ??= [];
            if (itemIds.Count != Items.Count || itemIds.Distinct().Count() != itemIds.Count || itemIds.Any(id => Items.All(i => i.Id != id)))
            {
                throw ExpoException.Invalid("A new order names every item of the catalogue exactly once.");
            }

            state.State.Items = [.. itemIds.Select(id => Items.First(i => i.Id == id))];
            RecentOperations.Record(state.State.Operations, actorId, operationId, "reorder", null);
            await WriteAsync();
        }

        return [.. Items];
    }

    private BoothCatalogue Snapshot(IReadOnlyList<CatalogueItem> items) =>
        new(BoothId, items, [.. Enumerable.Reverse(Media)], state.State.LogoId, state.State.BannerId);

    private int IndexOf(string itemId)
    {
        var index = Items.FindIndex(i => i.Id == itemId);
        return index >= 0 ? index : throw ExpoException.NotFound($"There is no item '{itemId}' in this booth's catalogue.");
    }

    private bool IsImage(string mediaId) => Media.Any(m => m.Id == mediaId && m.Kind == MediaKinds.Image);

    private BoothOperation? Applied(string actorId, string operationId, string kind) =>
        RecentOperations.Find(state.State.Operations, actorId, operationId, kind);

    private Task RequireStaffAsync(string actorId) => BoothStaffCheck.RequireStaffAsync(GrainFactory, BoothId, actorId, Refusal);

    private async Task WriteAsync()
    {
        try
        {
            await state.WriteOrRefuseAsync(this, "The catalogue could not be stored just now; try again.");
        }
        finally
        {
            // Recommendations on this silo read the catalogue again, whether the change was stored or rolled back.
            offers.Forget(BoothId);
        }
    }
}
