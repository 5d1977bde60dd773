using Expo.Grains.Models;

namespace Expo.Grains.Expo;

/// <summary>
/// The latest count of each booth. Empty booths stay listed with the time of their last report, so a late, older
/// report cannot revive them.
/// </summary>
internal sealed class BoothCounts
{
    private readonly Dictionary<string, BoothCount> _booths = [];

    /// <summary>Takes the count unless a newer one is held; returns whether it was taken.</summary>
    public bool Apply(BoothCount count)
    {
        if (_booths.TryGetValue(count.BoothId, out var known) && known.AsOf > count.AsOf)
        {
            return false;
        }

        _booths[count.BoothId] = count with { Count = Math.Max(0, count.Count) };
        return true;
    }

    public BoothCount this[string boothId] => _booths[boothId];

    public IReadOnlyDictionary<string, int> NonEmpty() =>
        _booths.Values.Where(b => b.Count > 0).ToDictionary(b => b.BoothId, b => b.Count);

    /// <summary>Booths with any of their staff in them, and how many.</summary>
    public IReadOnlyDictionary<string, int> Staffed() =>
        _booths.Values.Where(b => b.StaffOnline > 0).ToDictionary(b => b.BoothId, b => b.StaffOnline);

    /// <summary>Booths with a queue at the door, and how long.</summary>
    public IReadOnlyDictionary<string, int> Queues() =>
        _booths.Values.Where(b => b.Queued > 0).ToDictionary(b => b.BoothId, b => b.Queued);

    /// <summary>Booths with visitors in them and none of their staff: the ones an organiser would nudge.</summary>
    public IReadOnlyList<string> Unstaffed() =>
        [.. _booths.Values.Where(b => b.Count > 0 && b.StaffOnline == 0).OrderByDescending(b => b.Count).ThenBy(b => b.BoothId, StringComparer.Ordinal).Select(b => b.BoothId)];
}
