using Expo.Grains.Models;
using Microsoft.Extensions.Logging;

namespace Expo.Grains.Booths;

/// <summary>
/// Storing new chat lines in the booth's journal shard before acknowledging them. All appends go through one
/// <see cref="GroupCommit"/>, so lines sent while an append is in flight share the next one, and no two appends of
/// the booth ever overlap; the shard in turn shares its writes between booths. On activation the booth takes back
/// the lines its shard holds beyond the booth's own state.
/// </summary>
public sealed partial class BoothGrain
{
    private IChatJournalGrain Journal =>
        GrainFactory.GetGrain<IChatJournalGrain>(ChatJournalKeys.For(BoothId, _chatOptions.JournalShards));

    private async Task RecoverFromJournalAsync()
    {
        IReadOnlyList<ChatMessage> lines;
        try
        {
            lines = await Journal.LinesAfterAsync(BoothId, _chat.LastSequence);
        }
        catch (Exception exception) when (exception is not ExpoException)
        {
            // Without the journal's lines the booth would reuse sequences that may already be acknowledged.
            LogRecoveryFailed(_logger, exception, BoothId);
            throw StorageFailed();
        }

        var taken = _chat.Recover(lines);
        if (taken < lines.Count)
        {
            LogJournalGap(_logger, BoothId, _chat.LastSequence, lines[taken].Sequence);
        }

        ScheduleCheckpoint();
    }

    /// <summary>Returns once every line appended before the call is stored; a failure surfaces as <c>unavailable</c>.</summary>
    private Task StoreAsync() => CommitOrUnavailableAsync(_commit, _storageFailed);

    /// <summary>Waits for the commit; a broken store or a failed write surfaces as <c>unavailable</c>.</summary>
    private static async Task CommitOrUnavailableAsync(GroupCommit commit, bool failedBefore)
    {
        if (failedBefore)
        {
            throw StorageFailed();
        }

        try
        {
            await commit.CommitAsync();
        }
        catch (Exception exception) when (exception is not ExpoException)
        {
            throw StorageFailed();
        }
    }

    private async Task AppendToJournalAsync()
    {
        RequireStorage();
        try
        {
            var through = _chat.LastSequence;
            var lines = _chat.Between(_chat.DurableThrough, through);
            if (lines.Count > 0)
            {
                await Journal.AppendAsync(BoothId, lines);
                _journalAppends++;
            }

            _chat.MarkDurable(through);
            PublishChat(lines);
        }
        catch (Exception exception)
        {
            // Whether the lines reached the journal is unknown: recover from storage on the next activation, where a
            // retried client message id finds its line if it was stored and stores it once if it was not.
            _storageFailed = true;
            LogAppendFailed(_logger, exception, BoothId);
            DeactivateOnIdle();
            throw;
        }

        // A full page is archived at once, so the booth's state and memory stay bounded under steady chat.
        if (_chat.NextPageToArchive() is not null)
        {
            _ = CheckpointQuietlyAsync();
        }
        else
        {
            ScheduleCheckpoint();
        }
    }

    private void PublishChat(IReadOnlyList<ChatMessage> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        _linesStored += lines.Count;
        ExpoGrainMetrics.ChatLinesStored.Add(lines.Count);
        ScheduleChatCount();
        var sends = _subscribers.Notify(o => o.OnChatAsync(lines), _clock.UtcNow);
        _chatSends += sends;
        ExpoGrainMetrics.ObserverSends.Add(sends);
    }

    private void RequireStorage()
    {
        if (_storageFailed)
        {
            throw StorageFailed();
        }
    }

    private static ExpoException StorageFailed() =>
        new(ExpoErrors.Unavailable, "The booth could not store this just now; send it again.");

    private Task<IReadOnlyList<ChatMessage>> ReadArchivePageAsync(long pageIndex) =>
        GrainFactory.GetGrain<IChatArchiveGrain>(ChatArchiveKey(BoothId, pageIndex)).ReadAsync();

    public static string ChatArchiveKey(string boothId, long pageIndex) => $"{boothId}/{pageIndex}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Booth {BoothId}: a journal append failed; the booth reloads from storage")]
    private static partial void LogAppendFailed(ILogger logger, Exception exception, string boothId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Booth {BoothId}: could not read the chat journal on activation")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception, string boothId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Booth {BoothId}: the journal skips from sequence {LastSequence} to {Next}; lines after the gap are ignored")]
    private static partial void LogJournalGap(ILogger logger, string boothId, long lastSequence, long next);
}
