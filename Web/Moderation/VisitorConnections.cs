using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Moderation;

/// <summary>The hub connections this node holds, by visitor, so a ban can close every one of a person's connections here.</summary>
public sealed class VisitorConnections
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _byVisitor = new();

    public void Add(string visitorId, HubCallerContext connection) =>
        _byVisitor.GetOrAdd(visitorId, _ => new())[connection.ConnectionId] = connection;

    public void Remove(string visitorId, string connectionId)
    {
        if (_byVisitor.TryGetValue(visitorId, out var connections) && connections.TryRemove(connectionId, out _) && connections.IsEmpty)
        {
            _byVisitor.TryRemove(KeyValuePair.Create(visitorId, connections));
        }
    }

    /// <summary>Closes every connection of the visitor on this node; returns how many.</summary>
    public int Close(string visitorId)
    {
        if (!_byVisitor.TryRemove(visitorId, out var connections))
        {
            return 0;
        }

        foreach (var connection in connections.Values)
        {
            connection.Abort();
        }

        return connections.Count;
    }
}
