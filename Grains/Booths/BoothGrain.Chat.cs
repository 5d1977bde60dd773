using Expo.Grains.Models;
using Microsoft.Extensions.Logging;

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

        if (_chat.FindRetry(sender.VisitorId, clientMessageId) is { } stored)
        {
            return stored;
        }

        try
        {
            if (_chat.IsFull)
            {
                var (pageIndex, messages) = _chat.OldestPage();
                await GrainFactory.GetGrain<IChatArchiveGrain>(ChatArchiveKey(BoothId, pageIndex)).StoreAsync(messages);
                _chat.DropArchivedPage();
            }

            var message = _chat.Append(BoothId, sender, clientMessageId, text, _clock.UtcNow);
            await _state.WriteStateAsync();
            _linesStored++;
            ExpoGrainMetrics.ChatLinesStored.Add(1);
            var sends = _subscribers.Notify(o => o.OnChatAsync(message), _clock.UtcNow);
            _chatSends += sends;
            ExpoGrainMetrics.ObserverSends.Add(sends);
            return message;
        }
        catch (Exception exception) when (exception is not ExpoException)
        {
            // Whether the write landed is unknown: reload from storage on the next call, where a retry of the
            // same client message id finds the line if it was stored and stores it once if it was not.
            LogChatWriteFailed(_logger, exception, BoothId);
            DeactivateOnIdle();
            throw new ExpoException(ExpoErrors.Unavailable, "The message could not be stored; send it again.");
        }
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
        while (result.Count < ExpoRules.ChatSincePageSize && cursor < _chat.ArchivedThrough)
        {
            var pageIndex = BoothChatLog.PageOf(cursor + 1);
            var page = await GrainFactory.GetGrain<IChatArchiveGrain>(ChatArchiveKey(BoothId, pageIndex)).ReadAsync();
            result.AddRange(page.Where(m => m.Sequence > cursor).Take(ExpoRules.ChatSincePageSize - result.Count));
            cursor = (pageIndex + 1) * BoothChatLog.PageSize;
        }

        if (result.Count < ExpoRules.ChatSincePageSize)
        {
            var from = result.Count > 0 ? result[^1].Sequence : afterSequence;
            result.AddRange(_chat.TailAfter(from).Take(ExpoRules.ChatSincePageSize - result.Count));
        }

        return result;
    }

    public static string ChatArchiveKey(string boothId, long pageIndex) => $"{boothId}/{pageIndex}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Booth {BoothId}: a chat line could not be stored")]
    private static partial void LogChatWriteFailed(ILogger logger, Exception exception, string boothId);
}
