namespace Expo.Grains.Negotiations;

/// <summary>The Web nodes listening to a grain, one observer each; a subscription not renewed lapses.</summary>
internal sealed class NodeSubscribers<TObserver>(TimeSpan expiry) where TObserver : IGrainObserver
{
    private readonly Dictionary<string, (TObserver Observer, DateTimeOffset ExpiresAt)> _nodes = [];

    public void Subscribe(string webNodeId, TObserver observer, DateTimeOffset now) => _nodes[webNodeId] = (observer, now + expiry);

    public void Unsubscribe(string webNodeId) => _nodes.Remove(webNodeId);

    public void Notify(Func<TObserver, Task> send, DateTimeOffset now)
    {
        foreach (var (webNodeId, subscription) in _nodes.ToList())
        {
            if (subscription.ExpiresAt <= now)
            {
                _nodes.Remove(webNodeId);
                continue;
            }

            // One-way calls: a slow or gone Web node never holds the grain up.
            _ = send(subscription.Observer);
        }
    }
}
