using System.Diagnostics;
using Expo.Grains.Models;
using Expo.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Expo.Web.Tests.ScaleOut;

/// <summary>
/// A Web node told to stop (a deployment, a scale-in) closes its visitors' hub connections at once: they learn it and
/// can reconnect to another node, the booth hears them leave, and the node stops in moments instead of waiting out its
/// shutdown timeout on WebSockets it cannot end gracefully (after which its Orleans client had no time left to stop).
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class WebNodeStopTests(ExpoClusterFixture cluster)
{
    private const string Booth = "dunhuang-culture-tourism";

    [Fact]
    public async Task AStoppingWebNodeClosesItsHubConnectionsAtOnceSoTheBoothHearsThemLeaveAndItStopsWellWithinItsTimeout()
    {
        var node = new ExpoWebFactory(cluster.Settings);
        var port = node.StartOnFreePort();
        await ExpoClusterFixture.WaitUntilReadyAsync(node);
        var address = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient { BaseAddress = address };

        await using var watcher = await ExpoHubClient.ConnectAsync(cluster.WebA, "Stays on node A");
        // Reconnecting at once, as the front end does: the attempt reaches the stopping node while it still listens.
        var session = await ExpoHubClient.StartGuestAsync(http, "On the stopping node");
        await using var leaving = await ExpoHubClient.ConnectAsync(address, session, [TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMilliseconds(200)]);
        var dropped = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        leaving.Connection.Reconnecting += error =>
        {
            dropped.TrySetResult(error);
            return Task.CompletedTask;
        };
        await watcher.EnterBoothAsync(Booth);
        await leaving.EnterBoothAsync(Booth);
        await watcher.WaitForPresenceAsync(p => p.BoothId == Booth && p.Joined.Any(v => v.VisitorId == leaving.VisitorId));

        var shutdownTimeout = node.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;
        var stopping = Stopwatch.StartNew();
        await node.DisposeAsync();
        var stopped = stopping.Elapsed;

        Assert.True(stopped < shutdownTimeout / 3, $"the node took {stopped.TotalSeconds:F1} s to stop (shutdown timeout {shutdownTimeout.TotalSeconds:F0} s)");
        // Dropped, not closed for good, so the client goes again (to another node, behind a load balancer). The client
        // learns it from its socket, a moment after the server let go.
        await dropped.Task.WaitAsync(EventLog<PresenceChanged>.Timeout);
        await watcher.WaitForPresenceAsync(p => p.BoothId == Booth && p.Left.Any(v => v.VisitorId == leaving.VisitorId));
    }
}
