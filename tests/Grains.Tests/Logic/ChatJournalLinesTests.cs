using Expo.Grains.Booths;
using Expo.Grains.Booths.Journal;

namespace Expo.Grains.Tests.Logic;

public sealed class ChatJournalLinesTests
{
    private static readonly DateTimeOffset At = new(2023, 11, 17, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AppendingTheSameLinesAgainKeepsOneCopy()
    {
        var journal = new ChatJournalLines();
        journal.Replace("b", Lines("b", 1, 3));
        journal.Replace("b", Lines("b", 2, 2));

        Assert.Equal(Lines("b", 1, 3), journal.After("b", 0));
    }

    [Fact]
    public void ALaterAppendFromASequenceReplacesThatLineAndEverythingAfterIt()
    {
        var journal = new ChatJournalLines();
        journal.Replace("b", Lines("b", 1, 4));
        var retold = Lines("b", 3, 1, text: "retold");
        journal.Replace("b", retold);

        Assert.Equal([.. Lines("b", 1, 2), .. retold], journal.After("b", 0));
    }

    [Fact]
    public void TrimDropsOnlyTheBoothsLinesUpToTheSequence()
    {
        var journal = new ChatJournalLines();
        journal.Replace("a", Lines("a", 1, 2));
        journal.Replace("b", Lines("b", 1, 3));

        Assert.True(journal.Trim("b", 2));
        Assert.False(journal.Trim("b", 2));
        Assert.Equal(Lines("b", 3, 1), journal.After("b", 0));
        Assert.Equal(Lines("a", 1, 2), journal.After("a", 0));
        Assert.True(journal.Trim("a", 5));
        Assert.Equal(1, journal.Booths);
        Assert.Equal(Lines("b", 3, 1), journal.Snapshot());
    }

    [Fact]
    public void ReplayingRecordsAppliesTrimsThenLinesInTheOrderWritten()
    {
        var journal = new ChatJournalLines();
        journal.Apply(new JournalRecord(new Dictionary<string, long>(), [.. Lines("a", 1, 3), .. Lines("b", 1, 1)]));
        journal.Apply(new JournalRecord(new Dictionary<string, long> { ["a"] = 2 }, [.. Lines("a", 3, 1, text: "retold"), .. Lines("a", 4, 1)]));

        Assert.Equal([.. Lines("a", 3, 1, text: "retold"), .. Lines("a", 4, 1)], journal.After("a", 0));
        Assert.Equal(Lines("b", 1, 1), journal.After("b", 0));
    }

    [Fact]
    public void ARecordReadsBackFromItsBlocksEvenWhenSplitToFit()
    {
        var lines = Lines("b", 1, 40, text: "第一行\n\"quoted\"");
        var record = new JournalRecord(new Dictionary<string, long> { ["a"] = 7 }, lines);

        var blocks = record.ToBlocks(maxBlockBytes: 2_000);
        var read = blocks.SelectMany(b => JournalRecord.Read(b)).ToList();

        Assert.True(blocks.Count > 1);
        Assert.All(blocks, b => Assert.InRange(b.Length, 1, 2_000));
        Assert.Equal(lines, read.SelectMany(r => r.Lines));
        Assert.Equal(7, read[0].Trims["a"]);
        Assert.All(read.Skip(1), r => Assert.Empty(r.Trims));
        Assert.Equal(read, JournalRecord.Read([.. blocks.SelectMany(b => b)]).ToList(), new RecordComparer());
    }

    [Fact]
    public void OnlyAnUnbrokenRunOfTheBoothsOwnLinesCanBeAppended()
    {
        Assert.True(ChatJournalLines.IsRun("b", Lines("b", 5, 3)));
        Assert.False(ChatJournalLines.IsRun("b", []));
        Assert.False(ChatJournalLines.IsRun("b", Lines("a", 1, 2)));
        Assert.False(ChatJournalLines.IsRun("b", [.. Lines("b", 1, 1), .. Lines("b", 3, 1)]));
    }

    [Fact]
    public async Task RecoveryTakesLinesThatFollowOnAndStopsAtAGap()
    {
        var state = new BoothState { LastSequence = 2, Tail = [.. Lines("b", 1, 2)] };
        var log = await BoothChatLog.LoadAsync(state, _ => Task.FromResult<IReadOnlyList<ChatMessage>>([]));

        Assert.Equal(2, log.Recover([.. Lines("b", 3, 2), .. Lines("b", 6, 1)]));

        Assert.Equal(4, log.LastSequence);
        Assert.Equal(4, log.DurableThrough);
        Assert.Equal(Lines("b", 3, 1)[0], log.FindRetry("v-b", "m-3"));
    }

    [Fact]
    public void ABoothAlwaysMapsToTheSameShardInRange()
    {
        Assert.Equal(ChatJournalKeys.Shard("dunhuang-silk-road-arts", 4), ChatJournalKeys.Shard("dunhuang-silk-road-arts", 4));
        Assert.Equal("chat/0", ChatJournalKeys.For("anything", 1));

        // FNV-1a of "a" is 0xE40C292C: fixed, whichever process computes it.
        Assert.Equal((int)(0xE40C292Cu % 7), ChatJournalKeys.Shard("a", 7));
        var shards = Enumerable.Range(0, 400).Select(i => ChatJournalKeys.Shard($"booth-{i}", 4)).ToList();
        Assert.All(shards, s => Assert.InRange(s, 0, 3));
        Assert.Equal(4, shards.Distinct().Count());
    }

    private sealed class RecordComparer : IEqualityComparer<JournalRecord>
    {
        public bool Equals(JournalRecord? x, JournalRecord? y) =>
            x!.Lines.SequenceEqual(y!.Lines) && x.Trims.OrderBy(t => t.Key).SequenceEqual(y.Trims.OrderBy(t => t.Key));

        public int GetHashCode(JournalRecord obj) => obj.Lines.Count;
    }

    private static List<ChatMessage> Lines(string boothId, long from, int count, string text = "line") =>
        [.. Enumerable.Range(0, count).Select(i => new ChatMessage(boothId, from + i, $"v-{boothId}", "Ada", $"{text} {from + i}", At, $"m-{from + i}"))];
}
