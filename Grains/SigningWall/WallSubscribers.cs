namespace Expo.Grains.SigningWall;

/// <summary>The Web nodes listening to a signing wall, one observer each; a subscription not renewed lapses.</summary>
internal sealed class WallSubscribers(TimeSpan expiry)
{
    private readonly Dictionary<string, (ISigningWallObserver Observer, DateTimeOffset ExpiresAt)> _nodes = [];

    public int Count => _nodes.Count;

    public void Subscribe(string webNodeId, ISigningWallObserver observer, DateTimeOffset now) =>
        _nodes[webNodeId] = (observer, now + expiry);

    public void Unsubscribe(string webNodeId) => _nodes.Remove(webNodeId);

    public void Notify(Func<ISigningWallObserver, Task> send, DateTimeOffset now)
    {
        foreach (var (webNodeId, subscription) in _nodes.ToList())
        {
            if (subscription.ExpiresAt <= now)
            {
                _nodes.Remove(webNodeId);
                continue;
            }

            // One-way calls: a slow or gone Web node never holds the wall up.
            _ = send(subscription.Observer);
        }
    }
}
