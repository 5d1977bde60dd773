using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Analytics;

/// <summary>The booth counts the chat lines it stores in its statistics itself: no Web node takes part.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ChatCountTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ChatLinesStoredByTheBoothAreCountedInItsStatisticsOnceEach()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var analytics = fixture.Client.GetGrain<IBoothAnalyticsGrain>(world.BoothId);
        var ada = TestKeys.Visitor("Ada");
        await Task.WhenAll(Enumerable.Range(1, 5).Select(i => world.Booth.SendChatAsync(ada, $"m-{i}", $"line {i}")));

        // A retried line is stored once, so it is counted once.
        await world.Booth.SendChatAsync(ada, "m-1", "line 1");
        await Eventually.WaitAsync("the lines are counted", () => analytics.GetAsync(owner.VisitorId), a => a.Total.ChatMessages >= 5);
        await world.Booth.SendChatAsync(ada, "m-6", "line 6");
        await fixture.Cluster.DeactivateAsync(world.Booth);

        var counted = await Eventually.WaitAsync("the last line is counted", () => analytics.GetAsync(owner.VisitorId), a => a.Total.ChatMessages >= 6);
        Assert.Equal(6, counted.Total.ChatMessages);
    }
}
