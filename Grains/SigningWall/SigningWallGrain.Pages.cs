using Expo.Grains.Models;

namespace Expo.Grains.SigningWall;

/// <summary>
/// Ended negotiations leave the wall's state in sealed pages: whenever two pages' worth have ended, the oldest page is
/// stored in a grain of its own before the state that drops it is written, and the wall keeps only their count.
/// </summary>
public sealed partial class SigningWallGrain
{
    private int PageSize => options.Value.WallPageSize;

    public async Task<IReadOnlyList<NegotiationListing>> GetNegotiationsAsync(string actorId)
    {
        await GrainFactory.RequireOrganiserAsync(actorId, "Only organisers list the expo's negotiations.");
        var sealedPages = await Task.WhenAll(Enumerable.Range(0, (int)state.State.PagesSealed).Select(i => Page(i).ReadAsync()));
        return
        [
            .. sealedPages.SelectMany(p => p)
                .Concat(state.State.Negotiations.Where(n => n.Value.Status != NegotiationStatus.None).Select(n => Listing(n.Key, n.Value)))
                .OrderBy(n => n.CreatedAt ?? DateTimeOffset.MinValue).ThenBy(n => n.Id, StringComparer.Ordinal),
        ];
    }

    private async Task SealAsync(SigningWallState next)
    {
        if (next.Finished.Count < 2 * PageSize)
        {
            return;
        }

        var ids = next.Finished.GetRange(0, PageSize);
        try
        {
            await Page(next.PagesSealed).StoreAsync([.. ids.Select(id => Listing(id, next.Negotiations[id]))]);
        }
        catch (Exception exception) when (exception is not ExpoException)
        {
            // Nothing changed yet: the state still holds the page, and the retry seals it again.
            throw new ExpoException(ExpoErrors.Unavailable, Refusal);
        }

        foreach (var id in ids)
        {
            next.SealedEnded += EndedWithoutAgreement(next.Negotiations[id].Status) ? 1 : 0;
            next.Negotiations.Remove(id);
        }

        next.Finished.RemoveRange(0, PageSize);
        next.PagesSealed++;
    }

    private static NegotiationListing Listing(string id, NegotiationTrack track) =>
        (track.Listing ?? new NegotiationListing(id, track.Status, "", "", [], null, null, null)) with { Status = track.Status };

    private ISigningWallPageGrain Page(long index) => GrainFactory.GetGrain<ISigningWallPageGrain>($"{this.GetPrimaryKeyString()}/{index}");
}
