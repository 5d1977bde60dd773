using Expo.Grains.Models;

namespace Expo.Grains.Passport;

/// <summary>
/// A visitor's stamps. It is written only when a pavilion is stamped for the first time or stamps move from a guest,
/// so a passport costs at most one write per pavilion, however long the visitor tours.
/// </summary>
public sealed class PassportGrain(
    [PersistentState("passport", ExpoStorage.Visitors)] IPersistentState<PassportState> state) : Grain, IPassportGrain
{
    private string VisitorId => this.GetPrimaryKeyString();

    public async Task StampAsync(PassportStamp stamp)
    {
        if (state.State.HandedOverTo is { } account)
        {
            await GrainFactory.GetGrain<IPassportGrain>(account).StampAsync(stamp);
            return;
        }

        await AddAsync([stamp]);
    }

    public Task<IReadOnlyList<PassportStamp>> GetAsync(string expoId) => Task.FromResult(InExpo(expoId));

    public async Task<IReadOnlyList<PassportStamp>> MergeGuestAsync(string guestVisitorId)
    {
        if (!ExpoRules.IsSlug(guestVisitorId) || guestVisitorId == VisitorId)
        {
            return [];
        }

        var handed = await GrainFactory.GetGrain<IPassportGrain>(guestVisitorId).HandOverAsync(VisitorId);
        await AddAsync(handed);
        return handed;
    }

    public async Task<IReadOnlyList<PassportStamp>> HandOverAsync(string accountVisitorId)
    {
        if (state.State.HandedOverTo is not null)
        {
            return [];
        }

        var stamps = state.State.Stamps.Values.ToList();
        var before = CountsByExpo();
        state.State.HandedOverTo = accountVisitorId;
        state.State.Stamps = [];
        await state.WriteStateAsync();
        Report(before);
        return stamps;
    }

    private async Task AddAsync(IReadOnlyList<PassportStamp> stamps)
    {
        var before = CountsByExpo();
        var added = false;
        foreach (var stamp in stamps.OrderBy(s => s.StampedAt))
        {
            if (state.State.Stamps.Count < IPassportGrain.MaxStamps && state.State.Stamps.TryAdd(Key(stamp), stamp))
            {
                added = true;
            }
        }

        if (!added)
        {
            return;
        }

        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Stored, then acknowledged: memory goes back to what storage holds.
            await state.ReadStateAsync();
            throw;
        }

        Report(before);
    }

    /// <summary>Tells each expo's tally how this passport's count moved there.</summary>
    private void Report(Dictionary<string, int> before)
    {
        var after = CountsByExpo();
        foreach (var expoId in before.Keys.Union(after.Keys))
        {
            var from = before.GetValueOrDefault(expoId);
            var to = after.GetValueOrDefault(expoId);
            if (from != to)
            {
                GrainFactory.GetGrain<IPassportTallyGrain>(expoId).ChangedAsync(from, to).Ignore();
            }
        }
    }

    private Dictionary<string, int> CountsByExpo() =>
        state.State.Stamps.Values.GroupBy(s => s.ExpoId).ToDictionary(g => g.Key, g => g.Count());

    private IReadOnlyList<PassportStamp> InExpo(string expoId) =>
        [.. state.State.Stamps.Values.Where(s => s.ExpoId == expoId).OrderBy(s => s.StampedAt)];

    private static string Key(PassportStamp stamp) => $"{stamp.ExpoId}/{stamp.PavilionId}";
}
