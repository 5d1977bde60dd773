using Expo.Grains.Models;

namespace Expo.Grains.Presence;

/// <summary>
/// Who is in one booth: a lease per connection, a distinct-visitor count, and the joins and leaves not yet
/// announced. A visitor with two tabs is one visitor; they leave when their last connection does.
/// </summary>
internal sealed class BoothPresence(TimeSpan leaseDuration, long firstVersion)
{
    private readonly Dictionary<string, Lease> _leases = [];
    private readonly Dictionary<string, (VisitorRef Visitor, int Connections)> _visitors = [];
    private readonly Dictionary<string, VisitorRef> _joined = [];
    private readonly Dictionary<string, VisitorRef> _left = [];

    public int Count => _visitors.Count;

    public int Connections => _leases.Count;

    public bool HasChanges => _joined.Count > 0 || _left.Count > 0;

    /// <summary>The version of the last change taken; the visitors listed now include every change up to it and the pending ones.</summary>
    public long Version { get; private set; } = firstVersion;

    /// <summary>
    /// Where an activation starting at <paramref name="now"/> numbers its changes from: a thousand per millisecond of
    /// wall time, far more than a booth announces (one change per coalescing window), so a booth that moves to another
    /// silo goes on with larger versions than any it sent before, and clients can order every change they get by it.
    /// Stays below 2^53 (exact in JavaScript) until the year 2255.
    /// </summary>
    public static long FirstVersionAt(DateTimeOffset now) => now.ToUnixTimeMilliseconds() * 1000;

    public IReadOnlyList<VisitorRef> Visitors => [.. _visitors.Values.Select(v => v.Visitor)];

    public bool Contains(string visitorId) => _visitors.ContainsKey(visitorId);

    public bool HasConnection(string connectionId) => _leases.ContainsKey(connectionId);

    /// <summary>Adds the connection, or renews it; true when the booth did not know it.</summary>
    public bool Enter(string connectionId, VisitorRef visitor, DateTimeOffset now)
    {
        if (_leases.TryGetValue(connectionId, out var lease))
        {
            if (lease.Visitor.VisitorId == visitor.VisitorId)
            {
                lease.ExpiresAt = now + leaseDuration;
                return false;
            }

            Leave(connectionId);
        }

        _leases[connectionId] = new Lease(visitor, now + leaseDuration);
        if (_visitors.TryGetValue(visitor.VisitorId, out var present))
        {
            _visitors[visitor.VisitorId] = (present.Visitor, present.Connections + 1);
        }
        else
        {
            _visitors[visitor.VisitorId] = (visitor, 1);
            // A leave and a join of the same visitor inside one window cancel out.
            if (!_left.Remove(visitor.VisitorId))
            {
                _joined[visitor.VisitorId] = visitor;
            }
        }

        return true;
    }

    public bool Leave(string connectionId)
    {
        if (!_leases.Remove(connectionId, out var lease))
        {
            return false;
        }

        var visitorId = lease.Visitor.VisitorId;
        var present = _visitors[visitorId];
        if (present.Connections > 1)
        {
            _visitors[visitorId] = (present.Visitor, present.Connections - 1);
            return true;
        }

        _visitors.Remove(visitorId);
        if (!_joined.Remove(visitorId))
        {
            _left[visitorId] = present.Visitor;
        }

        return true;
    }

    /// <summary>Drops every connection of one visitor (a ban); true when they were in the booth.</summary>
    public bool LeaveVisitor(string visitorId)
    {
        var connections = _leases.Where(l => l.Value.Visitor.VisitorId == visitorId).Select(l => l.Key).ToList();
        foreach (var connectionId in connections)
        {
            Leave(connectionId);
        }

        return connections.Count > 0;
    }

    /// <summary>Drops every connection whose lease ran out; returns how many.</summary>
    public int Expire(DateTimeOffset now)
    {
        var expired = _leases.Where(l => l.Value.ExpiresAt <= now).Select(l => l.Key).ToList();
        foreach (var connectionId in expired)
        {
            Leave(connectionId);
        }

        return expired.Count;
    }

    public PresenceChanged TakeChanges(string boothId)
    {
        var change = new PresenceChanged(boothId, Count, [.. _joined.Values], [.. _left.Values], ++Version);
        _joined.Clear();
        _left.Clear();
        return change;
    }

    private sealed class Lease(VisitorRef visitor, DateTimeOffset expiresAt)
    {
        public VisitorRef Visitor { get; } = visitor;

        public DateTimeOffset ExpiresAt { get; set; } = expiresAt;
    }
}
