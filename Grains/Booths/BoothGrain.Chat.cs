using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>Storing chat lines before acknowledging them, and reading them back in sequence order.</summary>
public sealed partial class BoothGrain
{
    public async Task<ChatMessage> SendChatAsync(VisitorRef sender, string clientMessageId, string text)
    {
        RequireProfile();
        ExpoRules.RequireClientMessageId(clientMessageId);
        ExpoRules.RequireChatText(text);
        ExpoRules.RequireDisplayName(sender.DisplayName);
        RequireStorage();

        // A retry of a line still on its way to storage waits for the same write as the original.
        var message = _chat.FindRetry(sender.VisitorId, clientMessageId)
            ?? _chat.Append(BoothId, sender, clientMessageId, text, _clock.UtcNow);
        if (message.Sequence > _chat.DurableThrough)
        {
            await StoreAsync();
        }

        return message;
    }

    public async Task<IReadOnlyList<ChatMessage>> ChatSinceAsync(long afterSequence)
    {
        RequireProfile();
        if (afterSequence < 0)
        {
            throw ExpoException.Invalid("afterSequence is 0 or more.");
        }

        var result = new List<ChatMessage>(ExpoRules.ChatSincePageSize);
        var cursor = afterSequence;

        // Lines older than the ones in memory come from archive pages, which never change once written.
        while (result.Count < ExpoRules.ChatSincePageSize && cursor + 1 < _chat.FirstInMemory)
        {
            var pageIndex = BoothChatLog.PageOf(cursor + 1);
            var page = await ReadArchivePageAsync(pageIndex);
            result.AddRange(page.Where(m => m.Sequence > cursor).Take(ExpoRules.ChatSincePageSize - result.Count));
            cursor = (pageIndex + 1) * BoothChatLog.PageSize;
        }

        var room = ExpoRules.ChatSincePageSize - result.Count;
        if (room > 0)
        {
            result.AddRange(_chat.Between(cursor, Math.Min(_chat.DurableThrough, cursor + room)));
        }

        return result;
    }
}
