using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>
/// One shard of the chat write-ahead journal, keyed "chat/{shard}": booths store new lines here first, so the lines
/// of many booths share one storage write; each booth later checkpoints its lines into its own state and trims them.
/// </summary>
[Alias("expo.IChatJournalGrain")]
public interface IChatJournalGrain : IGrainWithStringKey
{
    /// <summary>
    /// Returns once the lines are stored. They replace whatever the journal holds for the booth from the first
    /// line's sequence on, so a repeated append keeps one copy and the booth's latest view wins.
    /// </summary>
    [AlwaysInterleave, Alias("append")]
    Task AppendAsync(string boothId, IReadOnlyList<ChatMessage> lines);

    /// <summary>The booth's stored lines after <paramref name="afterSequence"/>, in order.</summary>
    [AlwaysInterleave, Alias("lines-after")]
    Task<IReadOnlyList<ChatMessage>> LinesAfterAsync(string boothId, long afterSequence);

    /// <summary>Forgets the booth's lines up to <paramref name="throughSequence"/>, which its own state now holds.</summary>
    [OneWay, AlwaysInterleave, Alias("trim")]
    Task TrimAsync(string boothId, long throughSequence);

    [AlwaysInterleave, Alias("stats")]
    Task<ChatJournalStats> GetStatsAsync();
}
