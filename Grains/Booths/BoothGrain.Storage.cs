using Expo.Grains.Models;
using Microsoft.Extensions.Logging;

namespace Expo.Grains.Booths;

/// <summary>
/// Writing the booth's state. All writes go through one <see cref="GroupCommit"/>, so chat lines sent while a write
/// is in flight share the next write, and no two writes of the booth ever overlap.
/// </summary>
public sealed partial class BoothGrain
{
    /// <summary>Returns once everything changed before the call is stored; a failure surfaces as <c>unavailable</c>.</summary>
    private async Task StoreAsync()
    {
        RequireStorage();
        try
        {
            await _commit.CommitAsync();
        }
        catch (Exception exception) when (exception is not ExpoException)
        {
            throw StorageFailed();
        }
    }

    private async Task WriteAsync()
    {
        RequireStorage();
        try
        {
            while (_chat.NextPageToArchive() is var (pageIndex, messages))
            {
                await GrainFactory.GetGrain<IChatArchiveGrain>(ChatArchiveKey(BoothId, pageIndex)).StoreAsync(messages);
                _chat.MarkPageArchived();
            }

            var storedBefore = _chat.DurableThrough;
            var through = _chat.LastSequence;

            // A fresh object each time: the provider may still be serialising the previous one on another thread.
            _state.State = new BoothState
            {
                ExpoId = _expoId,
                Profile = _profile,
                LastSequence = through,
                ArchivedThrough = _chat.ArchivedThrough,
                Tail = _chat.Unarchived(),
            };
            await _state.WriteStateAsync();
            _stateWrites++;
            _chat.MarkDurable(through);
            PublishChat(_chat.Between(storedBefore, through));
        }
        catch (Exception exception)
        {
            // Whether the write landed is unknown: reload from storage on the next activation, where a retried
            // client message id finds its line if it was stored and stores it once if it was not.
            _storageFailed = true;
            LogWriteFailed(_logger, exception, BoothId);
            DeactivateOnIdle();
            throw;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Booth {BoothId}: a state write failed; the booth reloads from storage")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string boothId);
}
