namespace Expo.Grains.Expo;

/// <summary>
/// Each Web node's latest count of connected visitors, until it lapses. A visitor with tabs on two nodes counts on
/// both: nodes do not share who they hold, and the figure is a live gauge, not a head count.
/// </summary>
internal sealed class OnlineNodes
{
    private readonly Dictionary<string, (int Visitors, DateTimeOffset ExpiresAt)> _nodes = [];

    public void Report(string webNodeId, int visitors, DateTimeOffset expiresAt) => _nodes[webNodeId] = (Math.Max(0, visitors), expiresAt);

    public int Total(DateTimeOffset now)
    {
        foreach (var lapsed in _nodes.Where(n => n.Value.ExpiresAt <= now).Select(n => n.Key).ToList())
        {
            _nodes.Remove(lapsed);
        }

        return _nodes.Values.Sum(n => n.Visitors);
    }
}
