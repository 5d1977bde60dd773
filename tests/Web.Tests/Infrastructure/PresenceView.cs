using Expo.Grains.Models;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>
/// Who one visitor believes is in its booth: the entry snapshot, then every <c>PresenceChanged</c> applied to it.
/// A change can overtake the snapshot on its way (they travel separately); after the snapshot, only the changes
/// newer than it are applied again, as docs/api.md asks of clients.
/// </summary>
public sealed class PresenceView(string boothId)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _present = [];
    private int _presenceCount;
    private List<PresenceChanged>? _entering;

    public int ForeignEvents { get; private set; }

    public void Reset(BoothSnapshot snapshot)
    {
        lock (_gate)
        {
            _present.Clear();
            foreach (var visitor in snapshot.Visitors)
            {
                _present[visitor.VisitorId] = visitor.DisplayName;
            }

            _presenceCount = snapshot.Count;
            foreach (var change in _entering ?? [])
            {
                if (change.Version > snapshot.PresenceVersion)
                {
                    ApplyCore(change);
                }
            }

            _entering = null;
        }
    }

    /// <summary>An <c>EnterBooth</c> call is about to go out: remember the changes that arrive before its snapshot.</summary>
    public void BeginEnter()
    {
        lock (_gate)
        {
            _entering = [];
        }
    }

    public void Apply(PresenceChanged change)
    {
        lock (_gate)
        {
            if (change.BoothId != boothId)
            {
                ForeignEvents++;
                return;
            }

            _entering?.Add(change);
            ApplyCore(change);
        }
    }

    private void ApplyCore(PresenceChanged change)
    {
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

    /// <summary>True when the visitor sees exactly these people in the booth, and a count that agrees.</summary>
    public bool Sees(IReadOnlySet<string> visitorIds)
    {
        lock (_gate)
        {
            return _presenceCount == visitorIds.Count && _present.Count == visitorIds.Count && _present.Keys.All(visitorIds.Contains);
        }
    }

    public string Describe()
    {
        lock (_gate)
        {
            return $"count {_presenceCount}, {_present.Count} listed";
        }
    }
}
