using Expo.Grains.Models;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>
/// The chat one visitor has seen of its booth, merged over all its connections: lines by sequence (live events,
/// entry snapshots and <c>ChatSince</c> pages may overlap). Counts what must never happen: the same line
/// delivered live twice on one connection, two different lines under one sequence, another booth's lines, a
/// history page out of order.
/// </summary>
public sealed class ChatView(string boothId)
{
    private readonly object _gate = new();
    private readonly SortedDictionary<long, ChatMessage> _lines = [];
    private readonly HashSet<long> _liveOnConnection = [];

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
