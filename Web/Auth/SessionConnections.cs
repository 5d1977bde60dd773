using System.Collections.Concurrent;
using Expo.Grains.Models;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Auth;

/// <summary>
/// This node's hub connections by visitor and session, so a revocation closes the connections of the sessions it ends:
/// a connection was authenticated once, when it opened, and would otherwise outlive its session.
/// </summary>
public sealed class SessionConnections
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Connection>> _byVisitor = new();

    public void Add(string visitorId, HubCallerContext context, string? sessionId, long epoch) =>
        _byVisitor.GetOrAdd(visitorId, _ => new()).TryAdd(context.ConnectionId, new Connection(context, sessionId, epoch));

    public void Remove(string visitorId, string connectionId)
    {
        if (_byVisitor.TryGetValue(visitorId, out var connections) && connections.TryRemove(connectionId, out _) && connections.IsEmpty)
        {
            _byVisitor.TryRemove(new KeyValuePair<string, ConcurrentDictionary<string, Connection>>(visitorId, connections));
        }
    }

    public bool HasAny(string visitorId) => _byVisitor.ContainsKey(visitorId);

    /// <summary>Closes the connections whose session the standing no longer allows; returns how many.</summary>
    public int CloseEnded(SessionStanding standing)
    {
        if (!_byVisitor.TryGetValue(standing.VisitorId, out var connections))
        {
            return 0;
        }

        var closed = 0;
        foreach (var connection in connections.Values.Where(c => !standing.Allows(c.SessionId, c.Epoch)))
        {
            connection.Context.Abort();
            closed++;
        }

        return closed;
    }

    private sealed record Connection(HubCallerContext Context, string? SessionId, long Epoch);
}
