using Expo.Grains.Booths.Journal;
using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Chat;

/// <summary>
/// A journal shard appends each write's lines to its current segment, never rewriting what it holds; it starts a new
/// segment once the current one is long, and a restarted shard replays its segments, trims included.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class JournalSegmentTests(ClusterFixture fixture)
{
    [Fact]
    public async Task EachWriteStoresOnlyTheLinesNewSinceTheLastOne()
    {
        var (booth, profile) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();

        // The booth's own state never takes the lines, so the journal holds every one of them throughout.
        StorageFaults.FailNextWrites(profile.Id, int.MaxValue, afterWrite: false);
        for (var i = 1; i <= 30; i++)
        {
            await booth.SendChatAsync(ada, $"m-{i}", $"line {i}");
        }

        var stored = await StoredLinesAsync(profile.Id);
        StorageFaults.Heal(profile.Id);

        // Written once each, oldest first; a shard that rewrote what it holds would store early lines many times.
        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), stored.Select(l => l.Sequence));
    }

    [Fact]
    public async Task ALongSegmentStartsOverWithTheHeldLinesAndTheOlderSegmentsGo()
    {
        var (booth, profile) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();
        var key = fixture.JournalKey(profile.Id);
        StorageFaults.FailNextWrites(profile.Id, int.MaxValue, afterWrite: false);

        // Well over one segment's length of lines that all stay held.
        var text = new string('长', 300);
        var count = (int)(3 * ClusterFixture.JournalSegmentBytes / (3 * text.Length));
        for (var i = 1; i <= count; i++)
        {
            await booth.SendChatAsync(ada, $"m-{i}", $"{i} {text}");
        }

        var load = await fixture.JournalSegments.LoadAsync(key);
        Assert.True(load.Cursor.Segment > 1, "the shard started a new segment");
        Assert.Single(load.Segments);
        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), (await StoredLinesAsync(profile.Id)).Select(l => l.Sequence));

        await fixture.Cluster.DeactivateAsync(fixture.Journal(profile.Id));
        await fixture.Cluster.DeactivateAsync(booth);
        StorageFaults.Heal(profile.Id);
        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), (await booth.ChatSinceAsync(0)).Select(l => l.Sequence).Take(count));
    }

    [Fact]
    public async Task ARestartedShardReplaysItsLinesAndForgetsTheTrimmedOnes()
    {
        var (kept, keptProfile) = await fixture.SeedBoothAsync();
        var trimmed = await fixture.SeedBoothAsync();
        while (fixture.JournalKey(trimmed.Profile.Id) != fixture.JournalKey(keptProfile.Id))
        {
            trimmed = await fixture.SeedBoothAsync();
        }

        var ada = TestKeys.Visitor();
        StorageFaults.FailNextWrites(keptProfile.Id, int.MaxValue, afterWrite: false);
        var sent = new List<ChatMessage>();
        for (var i = 1; i <= 3; i++)
        {
            sent.Add(await kept.SendChatAsync(ada, $"m-{i}", $"kept {i}"));
            await trimmed.Booth.SendChatAsync(ada, $"m-{i}", $"trimmed {i}");
        }

        // The second booth checkpoints on deactivation and trims its lines; the trim is stored with the next write.
        await fixture.Cluster.DeactivateAsync(trimmed.Booth);
        var journal = fixture.Journal(keptProfile.Id);
        await Eventually.WaitAsync("the journal lets go of the trimmed lines", () => journal.LinesAfterAsync(trimmed.Profile.Id, 0), l => l.Count == 0);
        sent.Add(await kept.SendChatAsync(ada, "m-4", "kept 4"));

        await fixture.Cluster.DeactivateAsync(journal);
        Assert.Equal(sent, await journal.LinesAfterAsync(keptProfile.Id, 0));
        Assert.Empty(await journal.LinesAfterAsync(trimmed.Profile.Id, 0));
        StorageFaults.Heal(keptProfile.Id);
    }

    [Fact]
    public async Task AnAppendThatLandsLateMakesTheShardReloadInsteadOfWritingPastIt()
    {
        var (booth, profile) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();
        var key = fixture.JournalKey(profile.Id);
        StorageFaults.FailNextWrites(profile.Id, int.MaxValue, afterWrite: false);
        var first = await booth.SendChatAsync(ada, "m-1", "first");

        // Another writer's record lands behind the shard's back, as an append that timed out and went through late.
        var load = await fixture.JournalSegments.LoadAsync(key);
        var late = first with { Sequence = 2, Text = "landed late", ClientMessageId = "m-late" };
        await fixture.JournalSegments.AppendAsync(key, load.Cursor, new JournalRecord(new Dictionary<string, long>(), [late]).ToBlocks());

        var refused = await Attempts.OutcomeAsync(booth.SendChatAsync(ada, "m-2", "second"));
        Assert.Equal(ExpoErrors.Unavailable, Assert.IsType<ExpoException>(refused).Code);

        // The shard and the booth start again from storage, where the late line now is, and the retry follows it.
        var retried = await Attempts.RetryAsync(() => booth.SendChatAsync(ada, "m-2", "second"));
        Assert.Equal(3, retried.Sequence);
        Assert.Equal(["first", "landed late", "second"], (await booth.ChatSinceAsync(0)).Select(m => m.Text));
        StorageFaults.Heal(profile.Id);
    }

    private async Task<List<ChatMessage>> StoredLinesAsync(string boothId)
    {
        var load = await fixture.JournalSegments.LoadAsync(fixture.JournalKey(boothId));
        return [.. load.Segments.SelectMany(JournalRecord.Read).SelectMany(r => r.Lines).Where(l => l.BoothId == boothId)];
    }
}
