using Expo.Grains.Models;

namespace Expo.Grains.Moderation;

/// <summary>
/// The audit log: the newest entries live in the moderation state; whenever they reach two pages, the oldest page is
/// sealed into its own grain, so every entry is kept and the state written per action stays bounded.
/// </summary>
public sealed partial class ModerationGrain
{
    private int AuditPageSize => options.Value.AuditPageSize;

    public async Task<AuditPage> GetAuditAsync(string actorId, int skip, int take)
    {
        await GrainFactory.RequireOrganiserAsync(actorId, "Only organisers read the moderation audit log.");
        if (skip < 0 || take < 1 || take > ModerationRules.MaxAuditPage)
        {
            throw ExpoException.Invalid($"skip is 0 or more and take 1 to {ModerationRules.MaxAuditPage}.");
        }

        var recent = state.State.Audit;
        var archived = state.State.AuditPagesSealed * AuditPageSize;
        var total = archived + recent.Count;
        var entries = new List<AuditEntry>(take);
        var pages = new Dictionary<long, IReadOnlyList<AuditEntry>>();
        for (var newest = skip; newest < total && entries.Count < take; newest++)
        {
            if (newest < recent.Count)
            {
                entries.Add(recent[recent.Count - 1 - newest]);
                continue;
            }

            // Counted from the oldest entry ever: its page and its place in the page.
            var index = archived - 1 - (newest - recent.Count);
            var pageIndex = index / AuditPageSize;
            if (!pages.TryGetValue(pageIndex, out var page))
            {
                page = pages[pageIndex] = await AuditPageGrain(pageIndex).ReadAsync();
            }

            entries.Add(page[(int)(index % AuditPageSize)]);
        }

        return new AuditPage((int)Math.Min(total, int.MaxValue), entries);
    }

    /// <summary>Seals the oldest page of the in-state audit once there are two, before the state that drops it is written.</summary>
    private async Task SealAuditPageAsync(ModerationState next)
    {
        if (next.Audit.Count < 2 * AuditPageSize)
        {
            return;
        }

        try
        {
            await AuditPageGrain(next.AuditPagesSealed).StoreAsync(next.Audit.GetRange(0, AuditPageSize));
        }
        catch (Exception exception) when (exception is not ExpoException)
        {
            // Nothing changed yet: the state still holds the page, and the retry seals it again.
            throw new ExpoException(ExpoErrors.Unavailable, "The moderation change could not be stored just now; send it again.");
        }

        next.Audit.RemoveRange(0, AuditPageSize);
        next.AuditPagesSealed++;
    }

    private IModerationAuditPageGrain AuditPageGrain(long pageIndex) =>
        GrainFactory.GetGrain<IModerationAuditPageGrain>($"{ExpoId}/{pageIndex}");
}
