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

    /// <summary>
    /// Sends one event to every subscribed node and waits, at most <paramref name="patience"/>, for all of them to
    /// answer; returns how many nodes did not (gone, failing or slow).
    /// </summary>
    protected async Task<int> RelayToNodesAndWaitAsync(Func<TObserver, Task> send, TimeSpan patience)
    {
        var sends = _nodes.Deliver(send, clock.UtcNow);
        try
        {
            await Task.WhenAll(sends).WaitAsync(patience);
        }
        catch (Exception)
        {
            // Counted below: a node that failed or did not answer in time is one the caller may want to know of.
        }

        return sends.Count(s => !s.IsCompletedSuccessfully);
    }
}
