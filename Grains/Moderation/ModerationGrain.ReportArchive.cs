using Expo.Grains.Models;

namespace Expo.Grains.Moderation;

/// <summary>
/// Resolved reports, kept like the audit log: the newest stay in the moderation state; whenever they reach two pages,
/// the oldest page is sealed into its own grain, so every report is kept and the state written per action stays small.
/// </summary>
public sealed partial class ModerationGrain
{
    private int ReportPageSize => options.Value.ReportPageSize;

    public async Task<ReportPage> GetResolvedReportsAsync(string actorId, int skip, int take)
    {
        await GrainFactory.RequireOrganiserAsync(actorId, "Only organisers page through the resolved reports.");
        if (skip < 0 || take < 1 || take > ModerationRules.MaxAuditPage)
        {
            throw ExpoException.Invalid($"skip is 0 or more and take 1 to {ModerationRules.MaxAuditPage}.");
        }

        var recent = state.State.Resolved;
        var archived = state.State.ReportPagesSealed * ReportPageSize;
        var total = archived + recent.Count;
        var reports = new List<ModerationReport>(take);
        var pages = new Dictionary<long, IReadOnlyList<ModerationReport>>();
        for (var newest = (long)skip; newest < total && reports.Count < take; newest++)
        {
            if (newest < recent.Count)
            {
                reports.Add(recent[recent.Count - 1 - (int)newest]);
                continue;
            }

            // Counted from the first report ever resolved: its page and its place in the page.
            var index = archived - 1 - (newest - recent.Count);
            var pageIndex = index / ReportPageSize;
            if (!pages.TryGetValue(pageIndex, out var page))
            {
                page = pages[pageIndex] = await ReportPageGrain(pageIndex).ReadAsync();
            }

            reports.Add(page[(int)(index % ReportPageSize)]);
        }

        return new ReportPage((int)Math.Min(total, int.MaxValue), reports);
    }

    /// <summary>
    /// Moves reports resolved in this change out of the open list, then seals the oldest page of resolved ones once there
    /// are two, before the state that drops it is written.
    /// </summary>
    private async Task SealReportPageAsync(ModerationState next)
    {
        // Also moves reports resolved before resolved ones had a list of their own.
        next.Resolved.AddRange(next.Reports.Where(r => r.Status != ModerationRules.ReportStatus.Open));
        next.Reports.RemoveAll(r => r.Status != ModerationRules.ReportStatus.Open);
        if (next.Resolved.Count < 2 * ReportPageSize)
        {
            return;
        }

        try
        {
            await ReportPageGrain(next.ReportPagesSealed).StoreAsync(next.Resolved.GetRange(0, ReportPageSize));
        }
        catch (Exception exception) when (exception is not ExpoException)
        {
            // Nothing changed yet: the state still holds the page, and the retry seals it again.
            throw new ExpoException(ExpoErrors.Unavailable, "The moderation change could not be stored just now; send it again.");
        }

        next.Resolved.RemoveRange(0, ReportPageSize);
        next.ReportPagesSealed++;
    }

    private IModerationReportPageGrain ReportPageGrain(long pageIndex) =>
        GrainFactory.GetGrain<IModerationReportPageGrain>($"{ExpoId}/{pageIndex}");
}
