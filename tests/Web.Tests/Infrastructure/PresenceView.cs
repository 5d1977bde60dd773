using Expo.Grains.Models;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>
/// Who one visitor believes is in its booth: the entry snapshot, then every <c>PresenceChanged</c> applied to it by
/// version, as docs/api.md asks of clients. A change can overtake the snapshot or another change on its way: each
/// visitor's join or leave counts only when newer than what is held for them, and the count is the newest change's.
/// </summary>
public sealed class PresenceView(string boothId)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _present = [];
    private readonly Dictionary<string, long> _versions = [];
    private int _presenceCount;
    private long _countVersion;
    private List<PresenceChanged>? _entering;

    public int ForeignEvents { get; private set; }

    public void Reset(BoothSnapshot snapshot)
    {
        lock (_gate)
        {
            _present.Clear();
            _versions.Clear();
            foreach (var visitor in snapshot.Visitors)
            {
                _present[visitor.VisitorId] = visitor.DisplayName;
                _versions[visitor.VisitorId] = snapshot.PresenceVersion;
            }

            _presenceCount = snapshot.Count;
            _countVersion = snapshot.PresenceVersion;
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
        foreach (var visitor in change.Left.Where(v => IsNewerFor(v.VisitorId, change.Version)))
        {
            _present.Remove(visitor.VisitorId);
        }

        foreach (var visitor in change.Joined.Where(v => IsNewerFor(v.VisitorId, change.Version)))
        {
            _present[visitor.VisitorId] = visitor.DisplayName;
        }

        if (change.Version >= _countVersion)
        {
            (_presenceCount, _countVersion) = (change.Count, change.Version);
        }
    }

    private bool IsNewerFor(string visitorId, long version)
    {
        if (_versions.TryGetValue(visitorId, out var held) && held >= version)
        {
            return false;
        }

        _versions[visitorId] = version;
        return true;
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
