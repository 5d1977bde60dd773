using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Chat;

/// <summary>
/// Booths store new lines in a shared journal, acknowledge them once the journal has stored them, and later move
/// them into their own state; a booth that stops before that takes them back from the journal.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class JournalTests(ClusterFixture fixture)
{
    private const int Booths = 40;

    [Fact]
    public async Task LinesOfManyBoothsSentAtOnceShareJournalWrites()
    {
        var booths = new List<IBoothGrain>();
        for (var i = 0; i < Booths; i++)
        {
            booths.Add((await fixture.SeedBoothAsync()).Booth);
        }

        var keys = booths.Select(b => fixture.JournalKey(b.GetPrimaryKeyString())).Distinct().ToList();
        var journals = keys.Select(key => fixture.Client.GetGrain<IChatJournalGrain>(key)).ToList();
        var before = await JournalStatsAsync(journals);

        // Each shard's first write waits until every booth's line has reached its shard: in-memory storage is
        // otherwise quicker than the lines arrive, and the sharing would depend on the machine's speed.
        keys.ForEach(StorageFaults.HoldWrites);
        var sending = booths.Select(b => b.SendChatAsync(TestKeys.Visitor(), "m-1", "hello")).ToList();
        await Eventually.WaitAsync(
            "every line reaches its journal shard", () => JournalStatsAsync(journals), s => s.LinesAppended - before.LinesAppended == Booths);
        keys.ForEach(StorageFaults.Release);
        var sent = await Task.WhenAll(sending);

        // One held write per shard, then one write for all the lines that waited behind it.
        var after = await JournalStatsAsync(journals);
        Assert.InRange(after.Writes - before.Writes, keys.Count, 2 * keys.Count);
        Assert.True(after.Writes - before.Writes < Booths);
        Assert.All(sent, m => Assert.Equal(1, m.Sequence));
        foreach (var booth in booths)
        {
            Assert.Equal(sent.Where(m => m.BoothId == booth.GetPrimaryKeyString()), await booth.ChatSinceAsync(0));
        }
    }

    [Fact]
    public async Task ABoothStoppedBeforeItsCheckpointTakesItsAcknowledgedLinesBackFromTheJournal()
    {
        var (booth, profile) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();

        // Every write of the booth's own state fails from here on, so only the journal holds the lines.
        StorageFaults.FailNextWrites(profile.Id, int.MaxValue, afterWrite: false);
        var sent = new List<ChatMessage>();
        for (var i = 1; i <= 3; i++)
        {
            sent.Add(await booth.SendChatAsync(ada, $"m-{i}", $"line {i}"));
        }

        Assert.Equal(sent, await fixture.Journal(profile.Id).LinesAfterAsync(profile.Id, 0));
        await fixture.Cluster.DeactivateAsync(booth);
        StorageFaults.Heal(profile.Id);

        Assert.Equal(sent, await booth.ChatSinceAsync(0));
        Assert.Equal(sent[1], await booth.SendChatAsync(ada, "m-2", "line 2"));
        var next = await booth.SendChatAsync(ada, "m-4", "line 4");
        Assert.Equal(4, next.Sequence);
        Assert.Equal([.. sent, next], await booth.ChatSinceAsync(0));
        Assert.Equal(sent[^1], (await booth.EnterAsync("c1", ada)).Messages[^2]);
    }

    [Fact]
    public async Task ACheckpointOnDeactivationMovesTheLinesIntoTheBoothAndTrimsThemFromTheJournal()
    {
        var (booth, profile) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();
        var sent = new List<ChatMessage>();
        for (var i = 1; i <= 3; i++)
        {
            sent.Add(await booth.SendChatAsync(ada, $"m-{i}", $"line {i}"));
        }

        await fixture.Cluster.DeactivateAsync(booth);

        // The trim is a one-way call, so it may reach the journal a little after the deactivation is done.
        var journal = fixture.Journal(profile.Id);
        await Eventually.WaitAsync("the journal forgets the checkpointed lines", () => journal.LinesAfterAsync(profile.Id, 0), l => l.Count == 0);
        Assert.Equal(sent, await booth.ChatSinceAsync(0));
        Assert.Equal(4, (await booth.SendChatAsync(ada, "m-4", "line 4")).Sequence);
    }

    [Fact]
    public async Task AnActiveBoothCheckpointsOnItsTimerAndTheJournalLetsGoOfItsLines()
    {
        var (booth, profile) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();
        var writesBefore = (await booth.GetStatsAsync()).StateWrites;
        for (var i = 1; i <= 3; i++)
        {
            await booth.SendChatAsync(ada, $"m-{i}", $"line {i}");
        }

        var journal = fixture.Journal(profile.Id);
        await Eventually.WaitAsync("a timer checkpoint trims the journal", () => journal.LinesAfterAsync(profile.Id, 0), l => l.Count == 0);

        // The same activation did it: no deactivation, its counters still hold the three lines.
        var stats = await booth.GetStatsAsync();
        Assert.Equal(3, stats.ChatLinesStored);
        Assert.InRange(stats.StateWrites - writesBefore, 1, 3);
    }

    private static async Task<(long Writes, long LinesAppended)> JournalStatsAsync(IEnumerable<IChatJournalGrain> journals)
    {
        var stats = await Task.WhenAll(journals.Select(j => j.GetStatsAsync()));
        return (stats.Sum(s => s.Writes), stats.Sum(s => s.LinesAppended));
    }
}
