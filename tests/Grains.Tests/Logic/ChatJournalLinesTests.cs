using Expo.Grains.Booths;

namespace Expo.Grains.Tests.Logic;

public sealed class ChatJournalLinesTests
{
    private static readonly DateTimeOffset At = new(2023, 11, 17, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AppendingTheSameLinesAgainKeepsOneCopy()
    {
        var journal = new ChatJournalLines([]);
        journal.Replace("b", Lines("b", 1, 3));
        journal.Replace("b", Lines("b", 2, 2));

        Assert.Equal(Lines("b", 1, 3), journal.After("b", 0));
    }

    [Fact]
    public void ALaterAppendFromASequenceReplacesThatLineAndEverythingAfterIt()
    {
        var journal = new ChatJournalLines([]);
        journal.Replace("b", Lines("b", 1, 4));
        var retold = Lines("b", 3, 1, text: "retold");
        journal.Replace("b", retold);

        Assert.Equal([.. Lines("b", 1, 2), .. retold], journal.After("b", 0));
    }

    [Fact]
    public void TrimDropsOnlyTheBoothsLinesUpToTheSequence()
    {
        var journal = new ChatJournalLines([.. Lines("a", 1, 2), .. Lines("b", 1, 3)]);

        Assert.True(journal.Trim("b", 2));
        Assert.False(journal.Trim("b", 2));
        Assert.Equal(Lines("b", 3, 1), journal.After("b", 0));
        Assert.Equal(Lines("a", 1, 2), journal.After("a", 0));
        Assert.True(journal.Trim("a", 5));
        Assert.Equal(1, journal.Booths);
        Assert.Equal(Lines("b", 3, 1), journal.Snapshot());
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

    private static List<ChatMessage> Lines(string boothId, long from, int count, string text = "line") =>
        [.. Enumerable.Range(0, count).Select(i => new ChatMessage(boothId, from + i, $"v-{boothId}", "Ada", $"{text} {from + i}", At, $"m-{from + i}"))];
}
