using System.Diagnostics;
using Expo.Grains.Models;
using Microsoft.Extensions.Logging;

namespace Expo.Grains.Booths;

/// <summary>
/// Copying stored lines from the journal into the booth's own state (and full pages into the archive), then trimming
/// them from the journal. All state writes go through one <see cref="GroupCommit"/>, so no two ever overlap.
/// </summary>
public sealed partial class BoothGrain
{
    /// <summary>Writes the state now, for changes that must be stored before the caller hears back.</summary>
    private Task CheckpointAsync() => CommitOrUnavailableAsync(_checkpoint, _checkpointFailed);

    private async Task CheckpointQuietlyAsync()
    {
        try
        {
            await _checkpoint.CommitAsync();
        }
        catch (Exception exception)
        {
            // The lines are safe in the journal; WriteStateAsync has already logged the cause and scheduled a reload.
            LogCheckpointSkipped(_logger, BoothId, exception.GetType().Name);
        }
    }

    private void ScheduleCheckpoint()
    {
        if (_checkpointTimer is not null || _checkpointFailed || _chat.DurableThrough <= _checkpointedThrough)
        {
            return;
        }

        // Interleaved, so a slow state write never holds up presence calls.
        _checkpointTimer = this.RegisterGrainTimer(
            CheckpointTickAsync,
            new GrainTimerCreationOptions(_chatOptions.CheckpointInterval, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    private async Task CheckpointTickAsync(CancellationToken cancellationToken)
    {
        _checkpointTimer?.Dispose();
        _checkpointTimer = null;
        await CheckpointQuietlyAsync();
        ScheduleCheckpoint();
    }

    private async Task CheckpointOnDeactivationAsync()
    {
        _checkpointTimer?.Dispose();
        _checkpointTimer = null;
        if (!_checkpointFailed && _chat is not null && _chat.DurableThrough > _checkpointedThrough)
        {
            await CheckpointQuietlyAsync();
        }
    }

    private async Task WriteStateAsync()
    {
        if (_checkpointFailed)
        {
            throw StorageFailed();
        }

        try
        {
            while (_chat.NextPageToArchive() is var (pageIndex, messages))
            {
                await GrainFactory.GetGrain<IChatArchiveGrain>(ChatArchiveKey(BoothId, pageIndex)).StoreAsync(messages);
                _chat.MarkPageArchived();
            }

            // Only stored lines: the state never holds a line the journal might still lose.
            var through = _chat.DurableThrough;

            // A fresh object each time: the provider may still be serialising the previous one on another thread.
            _state.State = new BoothState
            {
                ExpoId = _expoId,
                Profile = _profile,
                LastSequence = through,
                ArchivedThrough = _chat.ArchivedThrough,
                Tail = _chat.Unarchived(through),
            };
            var started = Stopwatch.GetTimestamp();
            await _state.WriteStateAsync();
            ExpoGrainMetrics.ChatStorageWritten("checkpoint", _state.State.Tail.Count, Stopwatch.GetElapsedTime(started));
            _stateWrites++;
            if (through > _checkpointedThrough)
            {
                _checkpointedThrough = through;
                Journal.TrimAsync(BoothId, through).Ignore();
            }
        }
        catch (Exception exception)
        {
            // Whether the write landed is unknown, so this activation's version of the state is stale: reload. Chat
            // goes on meanwhile, since every acknowledged line is in the journal until a later checkpoint trims it.
            _checkpointFailed = true;
            LogCheckpointFailed(_logger, exception, BoothId);
            DeactivateOnIdle();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Booth {BoothId}: a state write failed; the booth reloads from storage")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception, string boothId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Booth {BoothId}: checkpoint skipped ({Reason})")]
    private static partial void LogCheckpointSkipped(ILogger logger, string boothId, string reason);
}
