using Expo.Grains;
using Expo.Web.Telemetry;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Telemetry;

[Collection(ExpoClusterCollection.Name)]
public sealed class GrainCallTimingTests(ExpoClusterFixture cluster)
{
    [Fact]
    public void AGrainCallIsNamedByItsGrainAndItsMethodsAlias()
    {
        Assert.Equal("booth.send-chat", GrainCallTiming.OperationOf(typeof(IBoothGrain), typeof(IBoothGrain).GetMethod(nameof(IBoothGrain.SendChatAsync))!));
        Assert.Equal("booth.enter-or-queue", GrainCallTiming.OperationOf(typeof(IBoothGrain), typeof(IBoothGrain).GetMethod(nameof(IBoothGrain.EnterOrQueueAsync))!));
        Assert.StartsWith("booth-catalogue.", GrainCallTiming.OperationOf(typeof(IBoothCatalogueGrain), typeof(IBoothCatalogueGrain).GetMethods()[0]));
    }

    [Fact]
    public void CallsToOrleansOwnTargetsAreNotTimed()
    {
        Assert.Null(GrainCallTiming.OperationOf(typeof(IManagementGrain), typeof(IManagementGrain).GetMethods()[0]));
    }

    [Fact]
    public async Task HubCallsReachTheGrainCallHistogramWithoutAWrapper()
    {
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebA, "Timed");
        await visitor.EnterBoothAsync("licheng-wenlv-investment-group");
        await visitor.ChatSinceAsync("licheng-wenlv-investment-group", 0);
        await visitor.SendChatAsync("licheng-wenlv-investment-group", "timed by the call filter");

        // The exporter answers a scrape from a cache refreshed at most every few hundred milliseconds.
        using var http = cluster.WebA.CreateClient();
        var metrics = await http.GetStringAsync("/metrics");
        var deadline = DateTime.UtcNow.AddSeconds(10);

        // The hub hands lines to the booth through the node's outbox, several to a call.
        while (!metrics.Contains("operation=\"booth.send-chat-batch\"", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            metrics = await http.GetStringAsync("/metrics");
        }

        Assert.Contains("operation=\"booth.chat-since\"", metrics, StringComparison.Ordinal);
        Assert.Contains("expo_web_grain_call_duration_milliseconds_count{", metrics, StringComparison.Ordinal);
        Assert.Contains("operation=\"booth.enter-or-queue\"", metrics, StringComparison.Ordinal);
        Assert.Contains("operation=\"booth.send-chat-batch\"", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCallSiteWrapperRemainsBesideTheFilter()
    {
        // Every grain call is timed by the filter alone: a hand-named wrapper would time some calls twice or under other names.
        Assert.DoesNotContain(typeof(GrainCallTiming).Assembly.GetTypes(), t => t.Name == "GrainCalls");
    }
}
