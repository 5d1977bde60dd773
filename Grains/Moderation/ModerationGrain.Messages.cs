using Expo.Grains.Models;

namespace Expo.Grains.Moderation;

/// <summary>Removing a chat line: the booth stores the removal and tells every Web node; the audit here says who and why.</summary>
public sealed partial class ModerationGrain
{
    private const int ExcerptLength = 200;

    public async Task<AuditEntry> RemoveMessageAsync(
        string actorId, string operationId, string boothId, long sequence, string reason, string? reportId)
    {
        ExpoRules.RequireOperationId(operationId);
        ExpoRules.RequireBoothId(boothId);
        reason = ModerationRules.RequireReason(reason);
        if (sequence < 1)
        {
            throw ExpoException.Invalid("A chat message's sequence is 1 or more.");
        }

        var actorName = await RequireModeratorAsync(actorId, boothId, "Only the booth's staff and organisers remove chat messages.");
        if (FindOperation(actorId, operationId, "remove-message") is { } earlier
            && state.State.Audit.FirstOrDefault(e => e.Id == earlier) is { } done)
        {
            return done;
        }

        var report = RequireOpenReport(reportId);
        var removal = await Booth(boothId).RemoveChatMessageAsync(actorId, sequence);
        var detail = $"#{sequence}: {Excerpt(removal.Line.Text)}";
        if (removal.AlreadyRemoved && report is null
            && state.State.Audit.LastOrDefault(e => e.Action == ModerationRules.Actions.RemoveMessage && e.BoothId == boothId && e.Detail == detail) is { } before)
        {
            return before;
        }

        var now = clock.UtcNow;
        var entry = new AuditEntry(
            NewId("a"), now, actorId, actorName, ModerationRules.Actions.RemoveMessage, removal.Line.SenderId, removal.Line.SenderName,
            boothId, reason, detail, report?.Id, null);
        await ChangeAsync(actorId, operationId, "remove-message", entry.Id, s =>
        {
            s.Audit.Add(entry);
            Resolve(s, report, actorId, now, entry.Id);
        });
        return entry;
    }

    private static string Excerpt(string text) => text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…";
}
