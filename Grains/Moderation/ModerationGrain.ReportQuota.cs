using Expo.Grains.Models;

namespace Expo.Grains.Moderation;

/// <summary>Reports grow with other people's actions, so each reporter has a quota of open ones and the expo a cap.</summary>
public sealed partial class ModerationGrain
{
    /// <summary>Each visitor is behind a bounded number of open reports, and the expo holds a bounded number in all.</summary>
    private void RequireReportQuota(string reporterId, ModerationReport? joining)
    {
        var reports = state.State.Reports;
        if (reports.Count(r => r.Status == ModerationRules.ReportStatus.Open && r.Entries.Any(e => e.ReporterId == reporterId))
            >= ModerationRules.MaxOpenReportsPerReporter)
        {
            throw new ExpoException(ExpoErrors.QuotaExceeded,
                $"You have {ModerationRules.MaxOpenReportsPerReporter} reports open; moderators will look at them before you send more.");
        }

        if (joining is null && reports.Count >= options.Value.MaxOpenReports)
        {
            throw new ExpoException(ExpoErrors.QuotaExceeded, "Moderators have too many open reports just now; try again later.");
        }
    }
}
