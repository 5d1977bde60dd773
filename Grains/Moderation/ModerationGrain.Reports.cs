using Expo.Grains.Models;

namespace Expo.Grains.Moderation;

/// <summary>Visitors' reports of a chat line or a person, one per thing while open, each reporter counted once.</summary>
public sealed partial class ModerationGrain
{
    public async Task<ModerationReport> ReportAsync(VisitorRef reporter, string operationId, ReportRequest request)
    {
        ExpoRules.RequireOperationId(operationId);
        ExpoRules.RequireBoothId(request.BoothId);
        if (!ExpoRules.IsSlug(reporter.VisitorId))
        {
            throw ExpoException.Invalid("A report needs a visitor session.");
        }

        var reporterName = ExpoRules.RequireDisplayName(reporter.DisplayName);
        var category = ModerationRules.RequireCategory(request.Category);
        var text = ModerationRules.RequireReportText(request.Text);
        if (FindOperation(reporter.VisitorId, operationId, "report") is { } earlier
            && FindReport(earlier) is { } done)
        {
            return done;
        }

        var now = clock.UtcNow;
        SanctionStanding.Require(
            state.State.Sanctions.Where(s => s.BoothId is null || s.BoothId == request.BoothId), reporter.VisitorId, now, speaking: false,
            "You cannot report in this booth");
        if (request.VisitorId == reporter.VisitorId)
        {
            throw ExpoException.Invalid("You cannot report yourself.");
        }

        var (targetId, targetName, excerpt) = await ResolveTargetAsync(request);
        if (targetId == reporter.VisitorId)
        {
            throw ExpoException.Invalid("You cannot report yourself.");
        }

        var open = state.State.Reports.FirstOrDefault(r => r.Status == ModerationRules.ReportStatus.Open
            && r.BoothId == request.BoothId && r.Sequence == request.Sequence && r.TargetId == targetId);
        if (open?.Entries.Any(e => e.ReporterId == reporter.VisitorId) == true)
        {
            return open;
        }

        RequireReportQuota(reporter.VisitorId, open);
        if (open is not null && open.Entries.Count >= ModerationRules.MaxReportEntries)
        {
            // Moderators already have this report open with plenty of voices; one more adds nothing to store.
            return open;
        }

        var entry = new ReportEntry(reporter.VisitorId, reporterName, category, text, now);
        var report = open is null
            ? new ModerationReport(NewId("r"), request.BoothId, request.Sequence, targetId, targetName, excerpt, [entry],
                ModerationRules.ReportStatus.Open, now, null, null, null)
            : open with { Entries = [.. open.Entries, entry] };
        await ChangeAsync(reporter.VisitorId, operationId, "report", report.Id, s =>
        {
            s.Reports.RemoveAll(r => r.Id == report.Id);
            s.Reports.Add(report);
        }, remember: false);
        return report;
    }

    public async Task<IReadOnlyList<ModerationReport>> GetReportsAsync(string actorId, string? boothId, bool openOnly)
    {
        await RequireModeratorAsync(actorId, boothId, "Only organisers, and a booth's staff for their booth, read reports.");
        return [.. state.State.Reports.Concat(state.State.Resolved)
            .Where(r => (boothId is null || r.BoothId == boothId) && (!openOnly || r.Status == ModerationRules.ReportStatus.Open))
            .OrderByDescending(r => r.Entries[^1].At)];
    }

    public async Task<ModerationReport> DismissReportAsync(string actorId, string operationId, string reportId, string reason)
    {
        ExpoRules.RequireOperationId(operationId);
        reason = ModerationRules.RequireReason(reason);
        var report = FindReport(reportId) ?? throw ExpoException.NotFound("There is no such report.");
        var actorName = await RequireModeratorAsync(actorId, report.BoothId, "Only organisers, and a booth's staff for their booth, resolve reports.");
        if (FindOperation(actorId, operationId, "dismiss-report") == reportId)
        {
            return report;
        }

        if (report.Status != ModerationRules.ReportStatus.Open)
        {
            throw ExpoException.Conflict("This report has already been resolved.");
        }

        var now = clock.UtcNow;
        var entry = new AuditEntry(
            NewId("a"), now, actorId, actorName, ModerationRules.Actions.DismissReport, report.TargetId, report.TargetName, report.BoothId,
            reason, report.Sequence is { } sequence ? $"#{sequence}" : null, report.Id, null);
        await ChangeAsync(actorId, operationId, "dismiss-report", report.Id, s =>
        {
            s.Audit.Add(entry);
            Resolve(s, report, actorId, now, entry.Id, ModerationRules.ReportStatus.Dismissed);
        });
        return FindReport(reportId)!;
    }

    /// <summary>Open or recently resolved; reports in sealed pages are history and take no more action.</summary>
    private ModerationReport? FindReport(string reportId) =>
        state.State.Reports.FirstOrDefault(r => r.Id == reportId) ?? state.State.Resolved.FirstOrDefault(r => r.Id == reportId);

    private ModerationReport? RequireOpenReport(string? reportId)
    {
        if (reportId is null)
        {
            return null;
        }

        var report = FindReport(reportId) ?? throw ExpoException.NotFound("There is no such report.");
        return report.Status == ModerationRules.ReportStatus.Open ? report : throw ExpoException.Conflict("This report has already been resolved.");
    }

    private static void Resolve(
        ModerationState next, ModerationReport? report, string actorId, DateTimeOffset now, string actionId, string status = ModerationRules.ReportStatus.Actioned)
    {
        if (report is null)
        {
            return;
        }

        var index = next.Reports.FindIndex(r => r.Id == report.Id);
        if (index >= 0)
        {
            next.Reports[index] = next.Reports[index] with { Status = status, ResolvedAt = now, ResolvedBy = actorId, ActionId = actionId };
        }
    }

    /// <summary>Who is reported: a line's author (with the line's start), or a person by id.</summary>
    private async Task<(string Id, string Name, string? Excerpt)> ResolveTargetAsync(ReportRequest request)
    {
        if (request.Sequence.HasValue == (request.VisitorId is not null))
        {
            throw ExpoException.Invalid("A report names either a chat message (sequence) or a person (visitorId).");
        }

        if (request.Sequence is { } seq)
        {
            var lines = seq < 1 ? [] : await Booth(request.BoothId).ChatSinceAsync(seq - 1);
            var line = lines.FirstOrDefault(l => l.Sequence == seq) ?? throw ExpoException.NotFound($"The booth has no chat message {seq}.");
            return (line.SenderId, line.SenderName, Excerpt(line.Text));
        }

        if (!ExpoRules.IsSlug(request.VisitorId))
        {
            throw ExpoException.Invalid("Name the person by their visitor id.");
        }

        if (await Booth(request.BoothId).GetProfileAsync() is null)
        {
            throw ExpoException.BoothNotFound(request.BoothId);
        }

        // Only people the expo knows (a guest session or an account) can be reported, so made-up ids open nothing.
        var name = await NameOfAsync(request.VisitorId!) ?? throw ExpoException.NotFound("There is no such visitor at the expo.");
        return (request.VisitorId!, name, null);
    }
}
