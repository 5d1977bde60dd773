using Expo.Grains;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests;

[Collection(ExpoClusterCollection.Name)]
public sealed class FanOutTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task AChatLineCostsTheBoothOneSendPerWebNodeAndReachesEveryConnection()
    {
        const string booth = "zhenghe-cultural-center-malacca";
        var clients = new List<ExpoHubClient>();
        try
        {
            foreach (var (web, node) in new[] { (cluster.WebA, "A"), (cluster.WebB, "B") })
            {
                for (var i = 0; i < 20; i++)
                {
                    var client = await ExpoHubClient.ConnectAsync(web, $"Visitor {node}{i}");
                    await client.EnterBoothAsync(booth);
                    clients.Add(client);
                }
            }

            var grain = cluster.SiloClient.GetGrain<IBoothGrain>(booth);
            var before = await grain.GetStatsAsync();
            Assert.Equal(2, before.Subscribers);

            var sequence = await clients[0].SendChatAsync(booth, "one line, forty readers");
            await Task.WhenAll(clients.Select(c => c.WaitForChatAsync(m => m.Sequence == sequence)));

            var after = await grain.GetStatsAsync();
            Assert.Equal(1, after.ChatLinesStored - before.ChatLinesStored);
            Assert.Equal(2, after.ObserverChatSends - before.ObserverChatSends);
            Assert.All(clients, c => Assert.Single(c.Chat, m => m.Sequence == sequence));
        }
        finally
        {
            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        }
    }
}
