using Microsoft.Extensions.Options;

namespace Expo.Grains;

/// <summary>
/// A relay that every Web node subscribes to once, holding the nodes in memory only: they renew their subscriptions
/// every few seconds, so a new activation knows them all again within one renewal interval.
/// </summary>
public abstract class NodeRelayGrain<TObserver>(ExpoClock clock, IOptions<PresenceOptions> presence) : Grain
    where TObserver : IGrainObserver
{
    private readonly NodeSubscribers<TObserver> _nodes = new(presence.Value.LeaseDuration);

    public Task SubscribeAsync(string webNodeId, TObserver observer)
    {
        _nodes.Subscribe(webNodeId, observer, clock.UtcNow);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(string webNodeId)
    {
        _nodes.Unsubscribe(webNodeId);
        return Task.CompletedTask;
    }

    /// <summary>Sends one event to every subscribed node, without waiting for them.</summary>
    protected Task RelayToNodesAsync(Func<TObserver, Task> send)
    {
        _nodes.Notify(send, clock.UtcNow);
        return Task.CompletedTask;
    }
}
