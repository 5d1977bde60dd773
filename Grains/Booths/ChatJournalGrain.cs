using System.Diagnostics;
using Expo.Grains.Booths.Journal;
using Expo.Grains.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Booths;

/// <summary>
/// A shard of the chat journal. Appends from all its booths go through one <see cref="GroupCommit"/>, so lines that
/// arrive while a write is in flight share the next write, whichever booths they belong to; each write appends only
/// those lines (and the trims since the last one) to the shard's current segment.
/// </summary>
public sealed partial class ChatJournalGrain : Grain, IChatJournalGrain
{
    /// <summary>Well below the 50,000 blocks an append blob may hold.</summary>
    internal const int SegmentBlocks = 20_000;

    private readonly IChatJournalStore _store;
    private readonly ILogger<ChatJournalGrain> _logger;
    private readonly GroupCommit _commit;
    private readonly long _segmentBytes;
    private readonly ChatJournalLines _lines = new();
    private List<ChatMessage> _unwritten = [];
    private Dictionary<string, long> _untrimmed = [];
    private JournalCursor _cursor = JournalCursor.None;
    private long _segmentStartLength;
    private bool _startSegment;
    private long _version;
    private long _storedVersion;
    private bool _storageFailed;
    private long _writes;
    private long _linesAppended;

    public ChatJournalGrain(IChatJournalStore store, IOptions<ChatOptions> options, ILogger<ChatJournalGrain> logger)
    {
        _store = store;
        _logger = logger;
        _segmentBytes = options.Value.JournalSegmentBytes;
        _commit = new GroupCommit(WriteAsync, options.Value.JournalWriteSpacing, TimeProvider.System);
    }

    private string Shard => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var load = await _store.LoadAsync(Shard, cancellationToken);
        foreach (var segment in load.Segments)
        {
            foreach (var record in JournalRecord.Read(segment))
            {
                _lines.Apply(record);
            }
        }

        _cursor = load.Cursor;

        // Older segments left behind by an interrupted start-over go at the next write.
        _startSegment = load.Segments.Count > 1 || IsFull(_cursor);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Trims need no write of their own; storing them on the way out keeps the next activation's replay small.
        if (_untrimmed.Count > 0 && !_storageFailed)
        {
            try
            {
                await _commit.CommitAsync();
            }
            catch (Exception exception)
            {
                LogTrimNotStored(_logger, exception, Shard);
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
        _unwritten.AddRange(lines);
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
            _untrimmed[boothId] = Math.Max(throughSequence, _untrimmed.GetValueOrDefault(boothId));
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
        var startSegment = _startSegment || IsFull(_cursor);

        // A new segment holds everything still held, so the older ones can go; otherwise only what is new is written.
        var record = startSegment
            ? new JournalRecord(_untrimmed, _lines.Snapshot())
            : new JournalRecord(_untrimmed, _unwritten);
        (_unwritten, _untrimmed) = ([], []);
        try
        {
            var blocks = record.ToBlocks();
            var started = Stopwatch.GetTimestamp();
            _cursor = startSegment
                ? await _store.StartSegmentAsync(Shard, _cursor, blocks)
                : await _store.AppendAsync(Shard, _cursor, blocks);
            ExpoGrainMetrics.ChatStorageWritten("journal", record.Lines.Count, Stopwatch.GetElapsedTime(started));
            ExpoGrainMetrics.ChatJournalBytes.Add(blocks.Sum(b => (long)b.Length));
        }
        catch (Exception exception)
        {
            // Memory now holds lines that storage may not: reload from storage, where a booth that retries finds its
            // lines if the write landed, and appends them again if not.
            _storageFailed = true;
            LogWriteFailed(_logger, exception, Shard);
            DeactivateOnIdle();
            throw;
        }

        _writes++;
        _storedVersion = Math.Max(_storedVersion, version);
        ExpoGrainMetrics.ChatJournalWrites.Add(1);
        if (startSegment)
        {
            _startSegment = false;
            _segmentStartLength = _cursor.Length;
            await DeleteOlderSegmentsAsync();
        }
    }

    private async Task DeleteOlderSegmentsAsync()
    {
        try
        {
            await _store.DeleteSegmentsBeforeAsync(Shard, _cursor.Segment);
        }
        catch (Exception exception)
        {
            // Harmless: replaying an older segment before the new one ends in the same lines. The next start-over tries again.
            LogOldSegmentsKept(_logger, exception, Shard);
        }
    }

    /// <summary>
    /// Whether the segment has grown by the configured length since it started: measured from the lines it started
    /// with, so a shard that holds many lines (booths that cannot checkpoint) does not start over at every write.
    /// </summary>
    private bool IsFull(JournalCursor cursor) => cursor.Length - _segmentStartLength >= _segmentBytes || cursor.Blocks >= SegmentBlocks;

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat journal {JournalKey}: older segments could not be deleted yet")]
    private static partial void LogOldSegmentsKept(ILogger logger, Exception exception, string journalKey);
}
