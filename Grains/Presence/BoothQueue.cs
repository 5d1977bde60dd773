using Expo.Grains.Models;

namespace Expo.Grains.Presence;

/// <summary>
/// The line in front of a full booth, first come first in. A place belongs to a visitor, not a connection: a second
/// tab or a connection that replaces a dropped one joins the visitor's place, so nobody holds two. Each connection
/// holds the place by lease, like presence, and a place with no connection left is gone.
/// </summary>
internal sealed class BoothQueue(TimeSpan leaseDuration)
{
    private readonly LinkedList<Place> _line = new();
    private readonly Dictionary<string, LinkedListNode<Place>> _byVisitor = [];
    private readonly Dictionary<string, LinkedListNode<Place>> _byConnection = [];

    public int Count => _line.Count;

    /// <summary>Set by every change of the line; cleared by whoever announces it.</summary>
    public bool Changed { get; set; }

    public bool Contains(string connectionId) => _byConnection.ContainsKey(connectionId);

    /// <summary>Queues the connection at the end, or under the visitor's existing place; renews its lease. Returns the place, from 1.</summary>
    public int Join(string webNodeId, string connectionId, VisitorRef visitor, DateTimeOffset now)
    {
        if (_byConnection.TryGetValue(connectionId, out var held) && held.Value.Visitor.VisitorId != visitor.VisitorId)
        {
            Remove(connectionId);
        }

        if (!_byVisitor.TryGetValue(visitor.VisitorId, out var node))
        {
            node = _line.AddLast(new Place(visitor));
            _byVisitor[visitor.VisitorId] = node;
            Changed = true;
        }

        node.Value.Connections[connectionId] = (webNodeId, now + leaseDuration);
        _byConnection[connectionId] = node;
        return PositionOf(node);
    }

    /// <summary>Drops the connection; its visitor's place goes with its last connection.</summary>
    public bool Remove(string connectionId)
    {
        if (!_byConnection.Remove(connectionId, out var node))
        {
            return false;
        }

        node.Value.Connections.Remove(connectionId);
        if (node.Value.Connections.Count == 0)
        {
            RemovePlace(node);
        }

        return true;
    }

    /// <summary>Drops the visitor's place with all its connections (a ban); false when they were not in line.</summary>
    public bool RemoveVisitor(string visitorId)
    {
        if (!_byVisitor.TryGetValue(visitorId, out var node))
        {
            return false;
        }

        foreach (var connectionId in node.Value.Connections.Keys)
        {
            _byConnection.Remove(connectionId);
        }

        RemovePlace(node);
        return true;
    }

    /// <summary>Drops every connection whose lease ran out; returns how many.</summary>
    public int Expire(DateTimeOffset now)
    {
        var expired = _byConnection.Where(c => c.Value.Value.Connections[c.Key].ExpiresAt <= now).Select(c => c.Key).ToList();
        foreach (var connectionId in expired)
        {
            Remove(connectionId);
        }

        return expired.Count;
    }

    /// <summary>Takes the first place off the line: the visitor and their connections with the Web node of each.</summary>
    public (VisitorRef Visitor, IReadOnlyDictionary<string, string> NodeOf)? TakeFirst()
    {
        if (_line.First is not { } node)
        {
            return null;
        }

        var taken = (node.Value.Visitor, (IReadOnlyDictionary<string, string>)node.Value.Connections.ToDictionary(c => c.Key, c => c.Value.WebNodeId));
        foreach (var connectionId in node.Value.Connections.Keys)
        {
            _byConnection.Remove(connectionId);
        }

        RemovePlace(node);
        return taken;
    }

    /// <summary>Every queued connection with its Web node and its place, from the front.</summary>
    public IEnumerable<(string ConnectionId, string WebNodeId, int Position)> Places()
    {
        var position = 0;
        foreach (var place in _line)
        {
            position++;
            foreach (var (connectionId, held) in place.Connections)
            {
                yield return (connectionId, held.WebNodeId, position);
            }
        }
    }

    private int PositionOf(LinkedListNode<Place> node)
    {
        var position = 1;
        for (var before = node.Previous; before is not null; before = before.Previous)
        {
            position++;
        }

        return position;
    }

    private void RemovePlace(LinkedListNode<Place> node)
    {
        _byVisitor.Remove(node.Value.Visitor.VisitorId);
        _line.Remove(node);
        Changed = true;
    }

    private sealed class Place(VisitorRef visitor)
    {
        public VisitorRef Visitor { get; } = visitor;

        public Dictionary<string, (string WebNodeId, DateTimeOffset ExpiresAt)> Connections { get; } = [];
    }
}
