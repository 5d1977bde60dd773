namespace Expo.Grains.Inbox;

/// <summary>
/// A user's list of negotiations outgrows one state write as the expo ages: whenever two pages of settled negotiations
/// (nothing waits for this user there) have gathered, the oldest page is stored in a grain of its own before the state
/// that drops it is written. The list is still whole: <see cref="GetNegotiationIdsAsync"/> reads the sealed pages too.
/// </summary>
public sealed partial class InboxGrain
{
    private int PageSize => options.Value.InboxPageSize;

    public async Task<IReadOnlyList<string>> GetNegotiationIdsAsync()
    {
        var sealedPages = await Task.WhenAll(Enumerable.Range(0, (int)state.State.PagesSealed).Select(i => Page(i).ReadAsync()));

        // A sealed negotiation that spoke to this user again is in the state as well: listed once.
        return [.. sealedPages.SelectMany(p => p).Concat(state.State.Revisions.Keys).Distinct().Order(StringComparer.Ordinal)];
    }

    private async Task SealAsync(InboxState next)
    {
        if (next.Settled.Count < 2 * PageSize)
        {
            return;
        }

        var ids = next.Settled.GetRange(0, PageSize);
        try
        {
            await Page(next.PagesSealed).StoreAsync(ids);
        }
        catch (Exception exception) when (exception is not ExpoException)
        {
            // Nothing changed yet: the state still holds the page, and the retry seals it again.
            throw new ExpoException(ExpoErrors.Unavailable, Refusal);
        }

        foreach (var id in ids)
        {
            next.Revisions.Remove(id);
        }

        next.Settled.RemoveRange(0, PageSize);
        next.PagesSealed++;
    }

    private IInboxPageGrain Page(long index) => GrainFactory.GetGrain<IInboxPageGrain>($"{this.GetPrimaryKeyString()}/{index}");
}
