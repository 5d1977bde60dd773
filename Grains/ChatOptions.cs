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

    /// <summary>How long a booth's new lines may wait in the journal before the booth copies them to its own state.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The least time between the starts of two writes of one journal shard. A write after a quiet spell starts at
    /// once; under load the lines that arrive in between share one write, so a shard makes at most one storage
    /// request per spacing however many lines come in, at the price of up to this much extra wait per line.
    /// </summary>
    public TimeSpan JournalWriteSpacing { get; set; } = TimeSpan.FromMilliseconds(20);

    public string? Validate() =>
        JournalShards is < 1 or > 1024 ? "JournalShards must be between 1 and 1024."
        : JournalWriteSpacing < TimeSpan.Zero || JournalWriteSpacing > TimeSpan.FromSeconds(1) ? "JournalWriteSpacing must be between 0 and 1 second."
        : CheckpointInterval <= TimeSpan.Zero ? "CheckpointInterval must be positive."
        : null;
}
