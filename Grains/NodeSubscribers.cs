namespace Expo.Grains;

/// <summary>
/// The Web nodes listening to a grain, one observer each. A subscription the node stops renewing expires, so a
/// crashed node stops costing the grain anything; the grain keeps them in memory only, and the nodes' renewals
/// bring them back to a new activation.
/// </summary>
internal sealed class NodeSubscribers<TObserver>(TimeSpan expiry) where TObserver : IGrainObserver
{
    private readonly Dictionary<string, (TObserver Observer, DateTimeOffset ExpiresAt)> _nodes = [];

    public int Count => _nodes.Count;

    public void Subscribe(string webNodeId, TObserver observer, DateTimeOffset now) => _nodes[webNodeId] = (observer, now + expiry);

    public void Unsubscribe(string webNodeId) => _nodes.Remove(webNodeId);

    /// <summary>Sends to every live subscriber once; returns how many sends were made.</summary>
    public int Notify(Func<TObserver, Task> send, DateTimeOffset now)
    {
        var sent = 0;
        List<string>? expired = null;
        foreach (var (webNodeId, subscription) in _nodes)
        {
            if (subscription.ExpiresAt <= now)
            {
                (expired ??= []).Add(webNodeId);
                continue;
            }

            // Observer methods are one-way: a slow or gone Web node never holds the grain up.
            _ = send(subscription.Observer);
            sent++;
        }

        expired?.ForEach(webNodeId => _nodes.Remove(webNodeId));
        return sent;
    }

    /// <summary>Sends to every live subscriber once and hands back the sends, for a relay that waits for the nodes' answers.</summary>
    public List<Task> Deliver(Func<TObserver, Task> send, DateTimeOffset now)
    {
        var sends = new List<Task>(_nodes.Count);
        Notify(observer =>
        {
            var sent = send(observer);
            sends.Add(sent);
            return sent;
        }, now);
        return sends;
    }

    /// <summary>Sends to one Web node, if it is subscribed and its subscription is live; true when it was sent.</summary>
    public bool NotifyNode(string webNodeId, Func<TObserver, Task> send, DateTimeOffset now)
    {
        if (!_nodes.TryGetValue(webNodeId, out var subscription) || subscription.ExpiresAt <= now)
        {
            return false;
        }

        _ = send(subscription.Observer);
        return true;
    }
}
