using Expo.Grains.Models;

namespace Expo.Grains.Catalogue;

/// <summary>The demo seed's sample items: checked by the same rules as the staff's, and marked as samples.</summary>
public sealed partial class BoothCatalogueGrain
{
    public async Task SeedSamplesAsync(IReadOnlyList<CatalogueItem> items)
    {
        if (state.State.SamplesSeeded)
        {
            return;
        }

        var room = CatalogueRules.MaxItems - Items.Count;
        foreach (var item in (items ?? []).Where(i => Items.All(mine => mine.Id != i.Id)).Take(Math.Max(0, room)))
        {
            var edit = new CatalogueItemEdit(item.Kind, item.Title, item.Description, item.Tags, item.Price, []);
            var checkedItem = CatalogueRules.Apply(item.Id, edit, hidden: false, clock.UtcNow, _ => false);
            var artwork = item.Artwork is { } key && ExpoRules.IsSlug(key) ? key : null;
            Items.Add(checkedItem with { Sample = true, Artwork = artwork });
        }

        state.State.SamplesSeeded = true;
        await WriteAsync();
    }
}
