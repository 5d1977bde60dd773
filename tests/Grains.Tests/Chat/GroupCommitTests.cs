using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Chat;

/// <summary>Lines sent at once share journal appends, yet each is acknowledged only once stored.</summary>
[Collection(ClusterCollection.Name)]
public sealed class GroupCommitTests(ClusterFixture fixture)
{
    private const int Senders = 60;

    [Fact]
    public async Task LinesSentAtOnceGetDistinctContiguousSequencesAndShareWrites()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var listener = await fixture.ListenAsync(booth);
        var appendsBefore = (await booth.GetStatsAsync()).JournalAppends;

        // The journal holds its first write until every line has reached the booth: memory storage is otherwise
        // quicker than the lines arrive, and the sharing would depend on the machine's speed.
        var journalKey = fixture.JournalKey(booth.GetPrimaryKeyString());
        StorageFaults.HoldWrites(journalKey);
        var sending = Enumerable.Range(1, Senders)
            .Select(i => booth.SendChatAsync(TestKeys.Visitor($"V{i}"), $"m-{i}", $"line {i}")).ToList();
        await Eventually.WaitAsync("every line reaches the booth", booth.GetStatsAsync, s => s.ChatLinesWaiting == Senders);
        StorageFaults.Release(journalKey);
        var sent = await Task.WhenAll(sending);

        Assert.Equal(Enumerable.Range(1, Senders).Select(i => (long)i), sent.Select(m => m.Sequence).Order());
        var stats = await booth.GetStatsAsync();
        Assert.Equal(Senders, stats.ChatLinesStored);
        Assert.Equal(0, stats.ChatLinesWaiting);

        // The held append, then one append for every line that waited behind it.
        Assert.Equal(2, stats.JournalAppends - appendsBefore);
        Assert.Equal(sent.OrderBy(m => m.Sequence), await booth.ChatSinceAsync(0));

        var delivered = new List<ChatMessage>();
        for (var i = 0; i < Senders; i++)
        {
            delivered.Add(await listener.NextChatAsync());
        }

        Assert.Equal(sent.OrderBy(m => m.Sequence), delivered.OrderBy(m => m.Sequence));
        Assert.False(listener.HasPendingChat);
    }

    [Fact]
    public async Task ARetrySentWhileTheOriginalIsBeingStoredGetsTheSameLine()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => booth.SendChatAsync(ada, "m-1", "Once only")));

        Assert.All(attempts, m => Assert.Equal(attempts[0], m));
        Assert.Equal([attempts[0]], await booth.ChatSinceAsync(0));
        Assert.Equal(1, (await booth.GetStatsAsync()).ChatLinesStored);
    }

    [Fact]
    public async Task AfterDeactivationARetryOfAnArchivedLineWithinTheWindowStoresNothing()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();
        for (var i = 1; i <= 1450; i++)
        {
            await booth.SendChatAsync(ada, $"m-{i}", $"line {i}");
        }

        await fixture.Cluster.DeactivateAsync(booth);

        // Line 500 sits in an archive page; the new activation reads the pages of the last 1,000 lines back.
        var retried = await booth.SendChatAsync(ada, "m-500", "line 500");
        Assert.Equal(500, retried.Sequence);
        Assert.Equal("line 500", retried.Text);
        Assert.Equal(1451, (await booth.SendChatAsync(ada, "m-1451", "line 1451")).Sequence);
        Assert.Equal(1, (await booth.GetStatsAsync()).ChatLinesStored);
    }
}
