using Expo.Grains.Booths;
using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Chat;

[Collection(ClusterCollection.Name)]
public sealed class ChatHistoryTests(ClusterFixture fixture)
{
    // Seven archived pages (1-1400), of which the first two are no longer held in memory, and a partial tail (1401-1450).
    private const int Lines = 1450;

    [Fact]
    public async Task ChatSinceReturnsAtMostAPageInOrderAcrossArchivePagesAndTail()
    {
        Assert.Equal(200, BoothChatLog.PageSize);
        var booth = await SeedWithLinesAsync(Lines);

        await AssertSinceAsync(booth, 0, 1, 200);
        await AssertSinceAsync(booth, 150, 151, 350);
        await AssertSinceAsync(booth, 390, 391, 590);
        await AssertSinceAsync(booth, 1199, 1200, 1399);
        await AssertSinceAsync(booth, 1400, 1401, 1450);
        Assert.Empty(await booth.ChatSinceAsync(Lines));
    }

    [Fact]
    public async Task WalkingThePagesFromZeroGetsEveryMessageOnceEvenAfterDeactivation()
    {
        var booth = await SeedWithLinesAsync(Lines);
        await fixture.Cluster.DeactivateAsync(booth);

        var seen = new List<long>();
        IReadOnlyList<ChatMessage> page;
        do
        {
            page = await booth.ChatSinceAsync(seen.Count > 0 ? seen[^1] : 0);
            Assert.True(page.Count <= ExpoRules.ChatSincePageSize);
            seen.AddRange(page.Select(m => m.Sequence));
        }
        while (page.Count > 0);

        Assert.Equal(Enumerable.Range(1, Lines).Select(i => (long)i), seen);
        Assert.Equal(0, (await booth.GetStatsAsync()).ChatLinesStored);
    }

    [Fact]
    public async Task StoredChatSurvivesDeactivationAndRetriesStillFindTheirLine()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();
        var sent = new List<ChatMessage>();
        for (var i = 1; i <= 3; i++)
        {
            sent.Add(await booth.SendChatAsync(ada, $"m-{i}", $"line {i}"));
        }

        await fixture.Cluster.DeactivateAsync(booth);

        // A fresh activation has counted nothing yet: the lines below come from storage.
        Assert.Equal(0, (await booth.GetStatsAsync()).ChatLinesStored);
        Assert.Equal(sent, await booth.ChatSinceAsync(0));
        Assert.Equal(sent[1], await booth.SendChatAsync(ada, "m-2", "line 2"));
        Assert.Equal(4, (await booth.SendChatAsync(ada, "m-4", "line 4")).Sequence);
    }

    private async Task<IBoothGrain> SeedWithLinesAsync(int count)
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();
        for (var i = 1; i <= count; i++)
        {
            var message = await booth.SendChatAsync(ada, $"m-{i}", $"line {i}");
            Assert.Equal(i, message.Sequence);
        }

        return booth;
    }

    private static async Task AssertSinceAsync(IBoothGrain booth, long after, int first, int last)
    {
        var messages = await booth.ChatSinceAsync(after);

        Assert.Equal(Enumerable.Range(first, last - first + 1).Select(i => (long)i), messages.Select(m => m.Sequence));
        Assert.All(messages, m => Assert.Equal($"line {m.Sequence}", m.Text));
    }
}
