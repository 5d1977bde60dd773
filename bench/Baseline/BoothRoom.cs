namespace Expo.Bench.Baseline;

/// <summary>One booth in memory: who is in it, its chat sequence and its last 1,000 lines (the idempotency window).</summary>
public sealed class BoothRoom(BoothProfile booth)
{
    private const int KeptMessages = 1000;
    private const int SnapshotMessages = 50;
    private const int PageSize = 200;

    private readonly object _gate = new();
    private readonly Dictionary<string, VisitorRef> _connections = [];
    private readonly Dictionary<string, int> _visitorConnections = [];
    private readonly ChatMessage?[] _ring = new ChatMessage?[KeptMessages];
    private readonly Dictionary<string, long> _clientMessageIds = [];
    private readonly Dictionary<string, DateTimeOffset> _since = [];
    private long _sequence;
    private long _visits;

    public BoothProfile Booth => booth;

    public string Group { get; } = $"booth:{booth.Id}";

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _visitorConnections.Count;
            }
        }
    }

    /// <summary>Adds the connection; the change is null when its visitor was already here on another connection.</summary>
    public (BoothSnapshot Snapshot, PresenceChanged? Change) Enter(string connectionId, VisitorRef visitor)
    {
        lock (_gate)
        {
            PresenceChanged? change = null;
            if (_connections.TryAdd(connectionId, visitor))
            {
                var others = _visitorConnections.GetValueOrDefault(visitor.VisitorId);
                _visitorConnections[visitor.VisitorId] = others + 1;
                if (others == 0)
                {
                    _since[visitor.VisitorId] = DateTimeOffset.UtcNow;
                    _visits++;
                    change = new PresenceChanged(booth.Id, _visitorConnections.Count, [visitor], []);
                }
            }

            var visitors = _connections.Values.DistinctBy(v => v.VisitorId).ToList();
            var snapshot = new BoothSnapshot(booth, _visitorConnections.Count, visitors, RangeLocked(_sequence - SnapshotMessages, SnapshotMessages), _sequence);
            return (snapshot, change);
        }
    }

    public PresenceChanged? Leave(string connectionId)
    {
        lock (_gate)
        {
            if (!_connections.Remove(connectionId, out var visitor))
            {
                return null;
            }

            var remaining = _visitorConnections[visitor.VisitorId] - 1;
            if (remaining > 0)
            {
                _visitorConnections[visitor.VisitorId] = remaining;
                return null;
            }

            _visitorConnections.Remove(visitor.VisitorId);
            _since.Remove(visitor.VisitorId);
            return new PresenceChanged(booth.Id, _visitorConnections.Count, [], [visitor]);
        }
    }

    /// <summary>Stores a line; a client message id seen in the window returns the first line and <c>Stored = false</c>.</summary>
    public (ChatMessage Message, bool Stored) Append(VisitorRef sender, string clientMessageId, string text)
    {
        lock (_gate)
        {
            if (_clientMessageIds.TryGetValue(clientMessageId, out var earlier) && _ring[(earlier - 1) % KeptMessages] is { } first)
            {
                return (first, false);
            }

            var sequence = ++_sequence;
            var slot = (sequence - 1) % KeptMessages;
            if (_ring[slot] is { } evicted)
            {
                _clientMessageIds.Remove(evicted.ClientMessageId);
            }

            var message = new ChatMessage(booth.Id, sequence, sender.VisitorId, sender.DisplayName, text, DateTimeOffset.UtcNow, clientMessageId);
            _ring[slot] = message;
            _clientMessageIds[clientMessageId] = sequence;
            return (message, true);
        }
    }

    /// <summary>Who is here and since when, for the booth's staff page.</summary>
    public IReadOnlyList<Attendee> Attendees()
    {
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            return [.. _connections.Values.DistinctBy(v => v.VisitorId).Select(v =>
            {
                var since = _since.GetValueOrDefault(v.VisitorId, now);
                return new Attendee(v.VisitorId, v.DisplayName, since, (long)(now - since).TotalSeconds);
            })];
        }
    }

    public BoothTotals Totals()
    {
        lock (_gate)
        {
            return new BoothTotals(booth.Id, _visitorConnections.Count, _visits, _sequence);
        }
    }

    public IReadOnlyList<ChatMessage> Since(long afterSequence)
    {
        lock (_gate)
        {
            return RangeLocked(afterSequence, PageSize);
        }
    }

    private List<ChatMessage> RangeLocked(long afterSequence, int limit)
    {
        var from = Math.Max(Math.Max(afterSequence, 0), _sequence - KeptMessages) + 1;
        var to = Math.Min(_sequence, from + limit - 1);
        var messages = new List<ChatMessage>((int)Math.Max(0, to - from + 1));
        for (var s = from; s <= to; s++)
        {
            messages.Add(_ring[(s - 1) % KeptMessages]!);
        }

        return messages;
    }
}
