using Expo.Grains.Models;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Auth;

/// <summary>
/// This node's hub connections by visitor, each with the session it was opened under: a revocation closes the
/// connections of the sessions it ends (a connection was authenticated once, when it opened, and would otherwise outlive
/// its session), a ban closes all of a visitor's, and a plan reminder reaches them. The node's one per-connection
/// registry: a visitor's connections are a small array replaced on each change (most visitors hold one or two), not a
/// dictionary or a SignalR group per visitor.
/// </summary>
public sealed class SessionConnections
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Connection[]> _byVisitor = new(StringComparer.Ordinal);
    private bool _draining;

    public int VisitorCount
    {
        get
        {
            lock (_gate)
            {
                return _byVisitor.Count;
            }
        }
    }

    public void Add(string visitorId, HubCallerContext context, string? sessionId, long epoch)
    {
        var connection = new Connection(context, sessionId, epoch);
        bool draining;
        lock (_gate)
        {
            _byVisitor[visitorId] = _byVisitor.TryGetValue(visitorId, out var open) ? [.. open, connection] : [connection];
            draining = _draining;
        }

        if (draining)
        {
            // A client reconnecting at once may reach this node again before it stops listening.
            context.Abort();
        }
    }

    public void Remove(string visitorId, string connectionId)
    {
        lock (_gate)
        {
            if (!_byVisitor.TryGetValue(visitorId, out var open))
            {
                return;
            }

            var left = Array.FindAll(open, c => c.Context.ConnectionId != connectionId);
            if (left.Length == 0)
            {
                _byVisitor.Remove(visitorId);
            }
            else
            {
                _byVisitor[visitorId] = left;
            }
        }
    }

    public bool HasAny(string visitorId)
    {
        lock (_gate)
        {
            return _byVisitor.ContainsKey(visitorId);
        }
    }

    /// <summary>The ids of the visitor's connections on this node; empty when there are none.</summary>
    public IReadOnlyList<string> ConnectionIdsOf(string visitorId) =>
        Array.ConvertAll(Of(visitorId), c => c.Context.ConnectionId);

    /// <summary>Closes the connections whose session the standing no longer allows; returns how many.</summary>
    public int CloseEnded(SessionStanding standing)
    {
        var closed = 0;
        foreach (var connection in Of(standing.VisitorId))
        {
            if (!standing.Allows(connection.SessionId, connection.Epoch))
            {
                connection.Context.Abort();
                closed++;
            }
        }

        return closed;
    }

    /// <summary>Closes every connection of the visitor on this node (a ban); returns how many.</summary>
    public int CloseAll(string visitorId)
    {
        var open = Of(visitorId);
        foreach (var connection in open)
        {
            connection.Context.Abort();
        }

        return open.Length;
    }

    /// <summary>
    /// Closes every connection on this node, now and from now on (the node is stopping); returns how many. The server
    /// would otherwise wait for WebSockets it cannot close gracefully until its shutdown timeout; closed at once, their
    /// clients reconnect to another node within a second.
    /// </summary>
    public int Drain()
    {
        Connection[] open;
        lock (_gate)
        {
            _draining = true;
            open = [.. _byVisitor.Values.SelectMany(c => c)];
        }

        foreach (var connection in open)
        {
            connection.Context.Abort();
        }

        return open.Length;
    }

    private Connection[] Of(string visitorId)
    {
        lock (_gate)
        {
            return _byVisitor.TryGetValue(visitorId, out var open) ? open : [];
        }
    }

    private sealed record Connection(HubCallerContext Context, string? SessionId, long Epoch);
}
