using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>Storing chat lines before acknowledging them, and reading them back in sequence order.</summary>
public sealed partial class BoothGrain
{
    private readonly ChatArrivals _lineArrivals = new();

    public async Task<ChatMessage> SendChatAsync(
        VisitorRef sender, string clientMessageId, string text, bool fromOrganiser = false, string? afterClientMessageId = null)
    {
        ChatMessage? message;
        try
        {
            RequireProfile();
            ExpoRules.RequireClientMessageId(clientMessageId);
            text = ExpoRules.RequireChatText(text);
            ExpoRules.RequireDisplayName(sender.DisplayName);
            RequireStorage();
            if (afterClientMessageId is not null && _chat.FindRetry(sender.VisitorId, afterClientMessageId) is null)
            {
                await _lineArrivals.WaitForAsync(sender.VisitorId, afterClientMessageId);
                RequireStorage();
            }

            message = FindRetryOrAppend(sender, clientMessageId, text, fromOrganiser);
        }
        finally
        {
            _lineArrivals.Arrived(sender.VisitorId, clientMessageId);
        }

        if (message.Sequence > _chat.DurableThrough)
        {
            await StoreAsync();
        }

        Stamp(sender.VisitorId, PassportReasons.Chat);
        return message;
    }

    /// <summary>A retry of a line still on its way to storage waits for the same write as the original; a new line is appended.</summary>
    private ChatMessage FindRetryOrAppend(VisitorRef sender, string clientMessageId, string text, bool fromOrganiser)
    {
        if (_chat.FindRetry(sender.VisitorId, clientMessageId) is { } retry)
        {
            return retry;
        }

        RequireNotSilenced(sender.VisitorId);
        return _chat.Append(BoothId, sender, clientMessageId, text, _clock.UtcNow, SenderRoleOf(sender.VisitorId, fromOrganiser));
    }

    public async Task<IReadOnlyList<ChatMessage>> ChatSinceAsync(long afterSequence, string? readerId = null)
    {
        RequireProfile();
        if (readerId is not null)
        {
            RequireStanding(readerId, speaking: false, "You cannot read this booth's chat");
        }

        if (afterSequence < 0)
        {
            throw ExpoException.Invalid("afterSequence is 0 or more.");
        }

        var result = new List<ChatMessage>(ExpoRules.ChatSincePageSize);
        var cursor = afterSequence;

        // Removed lines are skipped, not counted: a page short of full still means the reader has reached the end.
        while (result.Count < ExpoRules.ChatSincePageSize && cursor < _chat.DurableThrough)
        {
            IReadOnlyList<ChatMessage> lines;
            if (cursor + 1 < _chat.FirstInMemory)
            {
                // Lines older than the ones in memory come from archive pages, which never change once written.
                var pageIndex = BoothChatLog.PageOf(cursor + 1);
                lines = [.. (await ReadArchivePageAsync(pageIndex)).Where(m => m.Sequence > cursor)];
                cursor = (pageIndex + 1) * BoothChatLog.PageSize;
            }
            else
            {
                lines = _chat.Between(cursor, Math.Min(_chat.DurableThrough, cursor + ExpoRules.ChatSincePageSize - result.Count));
                cursor = lines.Count > 0 ? lines[^1].Sequence : _chat.DurableThrough;
            }

            foreach (var line in lines.Where(l => !IsRemoved(l.Sequence)))
            {
                if (result.Count == ExpoRules.ChatSincePageSize)
                {
                    break;
                }

                result.Add(line);
            }
        }

        return result;
    }

    /// <summary>The badge of a line: the booth's own staff list first, then the organiser role the sender's session carries.</summary>
    private string? SenderRoleOf(string visitorId, bool fromOrganiser) =>
        IsStaff(visitorId) ? SenderRoles.Staff : fromOrganiser ? SenderRoles.Organiser : null;

    /// <summary>The newest lines for a snapshot, without removed ones.</summary>
    private IReadOnlyList<ChatMessage> LatestVisible()
    {
        var latest = _chat.Latest(ExpoRules.SnapshotMessages);
        return _moderation.State.Removed.Count == 0 ? latest : [.. latest.Where(l => !IsRemoved(l.Sequence))];
    }
}
