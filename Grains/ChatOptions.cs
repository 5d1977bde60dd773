namespace Expo.Grains;

/// <summary>How booths store chat; bound from <c>Expo:Chat</c> on silos.</summary>
public sealed class ChatOptions
{
    public const string Section = "Expo:Chat";

    /// <summary>
    /// How many journal grains share the booths' new lines. More shards spread the writes over more grains; fewer
    /// put more lines in each write. Every silo must use the same number, and it may only change while the whole
    /// cluster is stopped after a clean shutdown (booths checkpoint when they deactivate), because a booth finds
    /// its unchecked lines in the shard this number picks.
    /// </summary>
    public int JournalShards { get; set; } = 4;

    /// <summary>
    /// How long a booth's new lines may wait in the journal before the booth copies them to its own state. Each
    /// checkpoint rewrites every line not yet in a full archive page (up to a page), so a short interval writes a
    /// slowly chatting booth's lines many times over; a full page checkpoints at once whatever the interval, which
    /// bounds what the journal holds per booth.
    /// </summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The least time between the starts of two writes of one journal shard. A write after a quiet spell starts at
    /// once; under load the lines that arrive in between share one write, so a shard makes at most one storage
    /// request per spacing however many lines come in, at the price of up to this much extra wait per line.
    /// </summary>
    public TimeSpan JournalWriteSpacing { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Where journal shards keep their segments: <c>AzureBlob</c> (append blobs in the <c>chat-journal</c> container of
    /// the <c>ExpoStorage</c> account) or <c>Memory</c> (the Silo's own memory: not durable, for benchmarks only).
    /// </summary>
    public string JournalStore { get; set; } = AzureBlobStore;

    /// <summary>
    /// A journal segment that has grown this long starts over: the next write begins a new segment with only the
    /// lines still held, and the older segments are deleted. Bounds what an activation replays.
    /// </summary>
    public long JournalSegmentBytes { get; set; } = 8 * 1024 * 1024;

    public const string AzureBlobStore = "AzureBlob";
    public const string MemoryStore = "Memory";

    public string? Validate() =>
        JournalShards is < 1 or > 1024 ? "JournalShards must be between 1 and 1024."
        : JournalWriteSpacing < TimeSpan.Zero || JournalWriteSpacing > TimeSpan.FromSeconds(1) ? "JournalWriteSpacing must be between 0 and 1 second."
        : JournalStore is not (AzureBlobStore or MemoryStore) ? $"JournalStore must be {AzureBlobStore} or {MemoryStore}."
        : JournalSegmentBytes is < 1024 or > 1024L * 1024 * 1024 ? "JournalSegmentBytes must be between 1 KiB and 1 GiB."
        : CheckpointInterval <= TimeSpan.Zero ? "CheckpointInterval must be positive."
        : null;
}
