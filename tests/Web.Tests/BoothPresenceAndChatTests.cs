using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests;

[Collection(ExpoClusterCollection.Name)]
public sealed class BoothPresenceAndChatTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task TwoVisitorsInOneBoothSeeEachOtherArriveChatAndLeave()
    {
        const string booth = "licheng-wenlv-investment-group";
        await using var ana = await ExpoHubClient.ConnectAsync(cluster.WebA, "Ana");
        var first = await ana.EnterBoothAsync(booth);
        Assert.Equal(booth, first.Booth.Id);
        Assert.Equal("Licheng Wenlv Investment Group", first.Booth.Name.En);
        Assert.Contains(first.Visitors, v => v.VisitorId == ana.VisitorId && v.DisplayName == "Ana");

        var bo = await ExpoHubClient.ConnectAsync(cluster.WebA, "Bo 波");
        var second = await bo.EnterBoothAsync(booth);
        Assert.Equal(first.Count + 1, second.Count);
        Assert.Contains(second.Visitors, v => v.VisitorId == ana.VisitorId);

        var joined = await ana.WaitForPresenceAsync(p => p.Joined.Any(v => v.VisitorId == bo.VisitorId));
        Assert.Equal(booth, joined.BoothId);
        Assert.Equal(second.Count, joined.Count);

        var sequence = await bo.SendChatAsync(booth, "你好, Ana");
        var line = await ana.WaitForChatAsync(m => m.Sequence == sequence);
        Assert.Equal(("你好, Ana", bo.VisitorId, "Bo 波", booth), (line.Text, line.SenderId, line.SenderName, line.BoothId));
        var echo = await bo.WaitForChatAsync(m => m.Sequence == sequence);
        Assert.Equal(line.ClientMessageId, echo.ClientMessageId);

        await bo.DisposeAsync();
        var left = await ana.WaitForPresenceAsync(p => p.Left.Any(v => v.VisitorId == bo.VisitorId));
        Assert.Equal(first.Count, left.Count);
    }

    [Fact]
    public async Task ChatLinesArriveInSequenceOrderForEveryone()
    {
        const string booth = "fujian-zhongquan-international-tourism";
        await using var writer = await ExpoHubClient.ConnectAsync(cluster.WebA, "Writer");
        await using var reader = await ExpoHubClient.ConnectAsync(cluster.WebB, "Reader");
        await writer.EnterBoothAsync(booth);
        var snapshot = await reader.EnterBoothAsync(booth);

        var sequences = new List<long>();
        for (var i = 0; i < 30; i++)
        {
            sequences.Add(await writer.SendChatAsync(booth, $"line {i}"));
        }

        Assert.Equal(Enumerable.Range(1, 30).Select(i => snapshot.LastSequence + i), sequences);
        await reader.WaitForChatAsync(m => m.Sequence == sequences[^1]);
        var received = reader.Chat.Where(m => m.BoothId == booth).Select(m => m.Text).ToList();
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"line {i}"), received);
    }

    [Fact]
    public async Task RetriedSendChatGivesTheSameSequenceAndNoDuplicate()
    {
        const string booth = "fujian-runpu-culture-media";
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebA, "Retrier");
        var before = await visitor.EnterBoothAsync(booth);
        var first = await visitor.SendChatAsync(booth, "only once", "client-id-1");
        var retry = await visitor.SendChatAsync(booth, "only once", "client-id-1");

        Assert.Equal(first, retry);
        var stored = await visitor.ChatSinceAsync(booth, before.LastSequence);
        Assert.Single(stored);
        Assert.Equal("client-id-1", stored[0].ClientMessageId);
    }

    [Fact]
    public async Task AReconnectingClientGetsWhatItMissedWithChatSince()
    {
        const string booth = "chaozhou-chunhui-international-travel";
        var session = await ExpoHubClient.StartGuestAsync(cluster.WebB.CreateClient(), "Roamer");
        await using var talker = await ExpoHubClient.ConnectAsync(cluster.WebA, "Talker");
        await talker.EnterBoothAsync(booth);

        var roamer = await ExpoHubClient.ConnectAsync(cluster.WebB, "Roamer", session);
        var seen = await roamer.EnterBoothAsync(booth);
        await roamer.DisposeAsync();

        var missed = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            missed.Add(await talker.SendChatAsync(booth, $"while you were away {i}"));
        }

        await using var back = await ExpoHubClient.ConnectAsync(cluster.WebB, "Roamer", session);
        await back.EnterBoothAsync(booth);
        var caughtUp = await back.ChatSinceAsync(booth, seen.LastSequence);
        Assert.Equal(missed, caughtUp.Select(m => m.Sequence));
        Assert.All(caughtUp, m => Assert.Equal(talker.VisitorId, m.SenderId));
    }

    [Fact]
    public async Task EnteringAnotherBoothLeavesTheFirst()
    {
        await using var watcher = await ExpoHubClient.ConnectAsync(cluster.WebA, "Watcher");
        await using var walker = await ExpoHubClient.ConnectAsync(cluster.WebB, "Walker");
        await watcher.EnterBoothAsync("dunhuang-culture-tourism");
        await walker.EnterBoothAsync("dunhuang-culture-tourism");
        // A join and a leave inside one coalescing window cancel out, so let the join be announced first.
        await watcher.WaitForPresenceAsync(p => p.Joined.Any(v => v.VisitorId == walker.VisitorId));
        await walker.EnterBoothAsync("jimsar-culture-tourism");

        var left = await watcher.WaitForPresenceAsync(p => p.Left.Any(v => v.VisitorId == walker.VisitorId));
        Assert.Equal("dunhuang-culture-tourism", left.BoothId);
        var line = await watcher.SendChatAsync("dunhuang-culture-tourism", "anyone here?");
        await watcher.WaitForChatAsync(m => m.Sequence == line);
        Assert.DoesNotContain(walker.Chat, m => m.BoothId == "dunhuang-culture-tourism" && m.Sequence == line);
    }
}
