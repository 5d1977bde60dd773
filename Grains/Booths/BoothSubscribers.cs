namespace Expo.Grains.Booths;

/// <summary>
/// The Web nodes listening to one booth, one observer each. A subscription the node stops renewing expires,
/// so a crashed node stops costing the booth anything.
/// </summary>
internal sealed class BoothSubscribers(TimeSpan expiry)
{
    private readonly Dictionary<string, (IBoothObserver Observer, DateTimeOffset ExpiresAt)> _nodes = [];

    public int Count => _nodes.Count;

    public void Subscribe(string webNodeId, IBoothObserver observer, DateTimeOffset now) =>
        _nodes[webNodeId] = (observer, now + expiry);

    public void Unsubscribe(string webNodeId) => _nodes.Remove(webNodeId);

    /// <summary>Sends to every live subscriber once; returns how many sends were made.</summary>
    public int Notify(Func<IBoothObserver, Task> send, DateTimeOffset now)
    {
        var sent = 0;
        foreach (var (webNodeId, subscription) in _nodes.ToList())
        {
            if (subscription.ExpiresAt <= now)
            {
                _nodes.Remove(webNodeId);
                continue;
            }

            // Observer methods are one-way: a slow or gone Web node never holds the booth up.
            _ = send(subscription.Observer);
            sent++;
        }

        return sent;
    }

    /// <summary>Sends to one Web node, if it is subscribed and its subscription is live; true when it was sent.</summary>
    public bool NotifyNode(string webNodeId, Func<IBoothObserver, Task> send, DateTimeOffset now)
    {
        if (!_nodes.TryGetValue(webNodeId, out var subscription) || subscription.ExpiresAt <= now)
        {
            return false;
        }

        _ = send(subscription.Observer);
        return true;
    }
}
