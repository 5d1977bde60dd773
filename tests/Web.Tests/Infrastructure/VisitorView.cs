using Expo.Grains.Models;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>
/// What one visitor has seen of its booth, merged over all its connections: chat lines by sequence (live events,
/// entry snapshots and <c>ChatSince</c> pages may overlap) and who is in. Counts what must never happen: the same
/// line delivered live twice on one connection, two different lines under one sequence, another booth's events,
/// a history page out of order.
/// </summary>
public sealed class VisitorView(string boothId)
{
    private readonly object _gate = new();
    private readonly SortedDictionary<long, ChatMessage> _lines = [];
    private readonly HashSet<long> _liveOnConnection = [];
    private readonly Dictionary<string, string> _present = [];
    private int _presenceCount;

    public int LiveEvents { get; private set; }

    public int LiveDuplicates { get; private set; }

    public int Conflicts { get; private set; }

    public int ForeignEvents { get; private set; }

    public int PageErrors { get; private set; }

    public IReadOnlyList<ChatMessage> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines.Values];
            }
        }
    }

    /// <summary>The highest sequence seen, gaps or not.</summary>
    public long LastSequence
    {
        get
        {
            lock (_gate)
            {
                return _lines.Count > 0 ? _lines.Keys.Last() : 0;
            }
        }
    }

    /// <summary>The highest sequence n such that lines 1..n have all been seen.</summary>
    public long ContiguousThrough
    {
        get
        {
            lock (_gate)
            {
                long through = 0;
                foreach (var sequence in _lines.Keys)
                {
                    if (sequence != through + 1)
                    {
                        break;
                    }

                    through = sequence;
                }

                return through;
            }
        }
    }

    public void NewConnection()
    {
        lock (_gate)
        {
            _liveOnConnection.Clear();
        }
    }

    public void AddLive(ChatMessage message)
    {
        lock (_gate)
        {
            if (message.BoothId != boothId)
            {
                ForeignEvents++;
                return;
            }

            LiveEvents++;
            if (!_liveOnConnection.Add(message.Sequence))
            {
                LiveDuplicates++;
            }

            Merge(message);
        }
    }

    /// <summary>Lines from an entry snapshot or a history page, which may repeat lines already seen.</summary>
    public void AddStored(IReadOnlyList<ChatMessage> messages, long afterSequence = 0)
    {
        lock (_gate)
        {
            var previous = afterSequence;
            foreach (var message in messages)
            {
                if (message.BoothId != boothId || message.Sequence <= previous)
                {
                    PageErrors++;
                }

                previous = message.Sequence;
                Merge(message);
            }
        }
    }

    public void ResetPresence(BoothSnapshot snapshot)
    {
        lock (_gate)
        {
            _present.Clear();
            foreach (var visitor in snapshot.Visitors)
            {
                _present[visitor.VisitorId] = visitor.DisplayName;
            }

            _presenceCount = snapshot.Count;
        }
    }

    public void ApplyPresence(PresenceChanged change)
    {
        lock (_gate)
        {
            if (change.BoothId != boothId)
            {
                ForeignEvents++;
                return;
            }

            foreach (var visitor in change.Left)
            {
                _present.Remove(visitor.VisitorId);
            }

            foreach (var visitor in change.Joined)
            {
                _present[visitor.VisitorId] = visitor.DisplayName;
            }

            _presenceCount = change.Count;
        }
    }

    /// <summary>True when the visitor sees exactly these people in the booth, and a count that agrees.</summary>
    public bool Sees(IReadOnlySet<string> visitorIds)
    {
        lock (_gate)
        {
            return _presenceCount == visitorIds.Count && _present.Count == visitorIds.Count && _present.Keys.All(visitorIds.Contains);
        }
    }

    public string DescribePresence()
    {
        lock (_gate)
        {
            return $"count {_presenceCount}, {_present.Count} listed";
        }
    }

    private void Merge(ChatMessage message)
    {
        if (_lines.TryGetValue(message.Sequence, out var known))
        {
            if (known.ClientMessageId != message.ClientMessageId || known.Text != message.Text)
            {
                Conflicts++;
            }

            return;
        }

        _lines[message.Sequence] = message;
    }
}
