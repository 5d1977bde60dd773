namespace Expo.Grains.Booths.Journal;

/// <summary>
/// Where journal shards keep their lines: per shard, a series of append-only segments of blocks. A write adds only
/// its own lines, whatever the shard already holds, and each append lands only at the position the writer last saw,
/// so a write that was thought lost but lands late can never interleave with a newer activation's writes.
/// </summary>
public interface IChatJournalStore
{
    /// <summary>Every segment of the shard, oldest first, and where the next append goes.</summary>
    Task<JournalLoad> LoadAsync(string shard, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends the blocks in order to the segment <paramref name="at"/> names, starting a first segment if the shard
    /// has none. Fails with <see cref="JournalConflictException"/> if the segment has moved on since.
    /// </summary>
    Task<JournalCursor> AppendAsync(string shard, JournalCursor at, IReadOnlyList<byte[]> blocks);

    /// <summary>Starts the segment after <paramref name="after"/> with the given blocks; it must not exist yet.</summary>
    Task<JournalCursor> StartSegmentAsync(string shard, JournalCursor after, IReadOnlyList<byte[]> blocks);

    /// <summary>Deletes the shard's segments older than <paramref name="segment"/>.</summary>
    Task DeleteSegmentsBeforeAsync(string shard, long segment);
}

/// <summary>The shard's current segment (0: none yet), its length in bytes and its number of blocks.</summary>
public sealed record JournalCursor(long Segment, long Length, int Blocks)
{
    public static readonly JournalCursor None = new(0, 0, 0);
}

/// <summary>What a shard finds on activation.</summary>
public sealed record JournalLoad(IReadOnlyList<byte[]> Segments, JournalCursor Cursor);

/// <summary>Another writer appended to the shard's segment, or created the segment this one meant to start.</summary>
public sealed class JournalConflictException(string message) : Exception(message);
