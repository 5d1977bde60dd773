namespace Expo.Grains.Models;

/// <summary>Counters of one journal shard activation, for operators and tests of write sharing.</summary>
[GenerateSerializer, Immutable, Alias("expo.ChatJournalStats")]
public sealed record ChatJournalStats(
    [property: Id(0)] long Writes,
    [property: Id(1)] long LinesAppended,
    [property: Id(2)] int LinesHeld,
    [property: Id(3)] int Booths);
