using Expo.Grains.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Booths;

/// <summary>
/// A shard of the chat journal. Appends from all its booths go through one <see cref="GroupCommit"/>, so lines that
/// arrive while a write is in flight share the next write, whichever booths they belong to.
/// </summary>
public sealed partial class ChatJournalGrain : Grain, IChatJournalGrain
{
    private readonly IPersistentState<ChatJournalState> _state;
    private readonly ILogger<ChatJournalGrain> _logger;
    private readonly GroupCommit _commit;
    private ChatJournalLines _lines = null!;
    private long _version;
    private long _storedVersion;
    private bool _trimmedSinceWrite;
    private bool _storageFailed;
    private long _writes;
    private long _linesAppended;

    public ChatJournalGrain(
        [PersistentState("journal", ExpoStorage.ChatJournal)] IPersistentState<ChatJournalState> state,
        IOptions<ChatOptions> options,
        ILogger<ChatJournalGrain> logger)
    {
        _state = state;
        _logger = logger;
        _commit = new GroupCommit(WriteAsync, options.Value.JournalWriteSpacing, TimeProvider.System);
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _lines = new ChatJournalLines(_state.State.Lines);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Trims need no write of their own; storing them on the way out keeps the next activation's read small.
        if (_trimmedSinceWrite && !_storageFailed)
        {
            try
            {
                await _commit.CommitAsync();
            }
            catch (Exception exception)
            {
                LogTrimNotStored(_logger, exception, this.GetPrimaryKeyString());
            }
        }
    }

    public async Task AppendAsync(string boothId, IReadOnlyList<ChatMessage> lines)
    {
        RequireStorage();
        if (!ChatJournalLines.IsRun(boothId, lines))
        {
            throw ExpoException.Invalid($"Lines appended for booth '{boothId}' are its own, in unbroken sequence.");
        }

        _lines.Replace(boothId, lines);
        _version++;
        _linesAppended += lines.Count;
        await CommitAsync();
    }

    public async Task<IReadOnlyList<ChatMessage>> LinesAfterAsync(string boothId, long afterSequence)
    {
        RequireStorage();

        // Lines still waiting for their write may yet be lost: a recovering booth only takes stored ones.
        if (_version > _storedVersion)
        {
            await CommitAsync();
        }

        return _lines.After(boothId, afterSequence);
    }

    public Task TrimAsync(string boothId, long throughSequence)
    {
        if (!_storageFailed && _lines.Trim(boothId, throughSequence))
        {
            _trimmedSinceWrite = true;
        }

        return Task.CompletedTask;
    }

    public Task<ChatJournalStats> GetStatsAsync() =>
        Task.FromResult(new ChatJournalStats(_writes, _linesAppended, _lines.Count, _lines.Booths));

    private async Task CommitAsync()
    {
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
        var version = _version;

        // A fresh object each time: the provider may still be serialising the previous one on another thread.
        _state.State = new ChatJournalState { Lines = _lines.Snapshot() };
        _trimmedSinceWrite = false;
        try
        {
            await _state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // Memory now holds lines that storage may not: reload from storage, where a booth that retries finds its
            // lines if the write landed, and appends them again if not.
            _storageFailed = true;
            LogWriteFailed(_logger, exception, this.GetPrimaryKeyString());
            DeactivateOnIdle();
            throw;
        }

        _writes++;
        _storedVersion = Math.Max(_storedVersion, version);
        ExpoGrainMetrics.ChatJournalWrites.Add(1);
    }

    private void RequireStorage()
    {
        if (_storageFailed)
        {
            throw StorageFailed();
        }
    }

    private static ExpoException StorageFailed() =>
        new(ExpoErrors.Unavailable, "The chat journal could not store this just now; send it again.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat journal {JournalKey}: a write failed; the shard reloads from storage")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string journalKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat journal {JournalKey}: trims were not stored on deactivation")]
    private static partial void LogTrimNotStored(ILogger logger, Exception exception, string journalKey);
}
