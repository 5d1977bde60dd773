using System.Collections.Concurrent;
using Expo.Grains.Models;

namespace Expo.Grains.Interests;

/// <summary>
/// What each booth's catalogue offers (items, priced items, brochures), kept by each silo for recommendations.
/// Catalogues change when staff edit them, far more rarely than visitors ask for recommendations, so a silo asks each
/// booth's catalogue at most once per <see cref="MaxAge"/>, and again at once after an edit it hosts.
/// </summary>
public sealed class BoothOffers(IGrainFactory grains, ExpoClock clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (Task<BoothSignals> Offer, DateTimeOffset ReadAt)> _offers = new();

    /// <summary>The booth's offer, with no staff named: who is in the booth is live and asked of it separately.</summary>
    public Task<BoothSignals> GetAsync(string boothId)
    {
        var now = clock.UtcNow;
        return _offers.AddOrUpdate(
            boothId,
            static (id, s) => (s.Self.ReadAsync(id), s.Now),
            static (id, held, s) => held.Offer.IsFaulted || s.Now - held.ReadAt >= MaxAge ? (s.Self.ReadAsync(id), s.Now) : held,
            (Self: this, Now: now)).Offer;
    }

    /// <summary>Forgets the booth's offer, so the next recommendation reads the catalogue its staff just changed.</summary>
    public void Forget(string boothId) => _offers.TryRemove(boothId, out _);

    // Run off the asking grain's scheduler: the read is shared by every grain of this silo that asks meanwhile.
    private Task<BoothSignals> ReadAsync(string boothId) => Task.Run(async () =>
    {
        var catalogue = await grains.GetGrain<IBoothCatalogueGrain>(boothId).GetVisibleAsync();
        return new BoothSignals(
            catalogue.Items.Count, catalogue.Items.Count(i => i.Price is not null), catalogue.Media.Count(m => m.Kind == MediaKinds.Brochure), []);
    });
}
