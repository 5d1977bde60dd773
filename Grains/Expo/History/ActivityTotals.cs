using Expo.Grains.Models;

namespace Expo.Grains.Expo.History;

/// <summary>
/// Turns the booths' growing activity counters into joins, leaves and chat lines since the last sample. Within an
/// epoch (one booth activation) only the growth counts; a new epoch started again from zero, so all of it counts.
/// The last counters seen are kept with the expo's state, so a restarted attendance grain does not count a
/// booth's earlier activity again.
/// </summary>
internal sealed class ActivityTotals(Dictionary<string, BoothActivity> seen)
{
    public long Joins { get; private set; }

    public long Leaves { get; private set; }

    public long ChatLines { get; private set; }

    /// <summary>Whether counters arrived since the last <see cref="Take"/>, so the seen ones need storing.</summary>
    public bool Changed { get; private set; }

    public void Add(string boothId, BoothActivity activity)
    {
        var known = seen.GetValueOrDefault(boothId);
        seen[boothId] = activity;
        Changed |= known != activity;
        var from = known?.Epoch == activity.Epoch ? known : new BoothActivity(activity.Epoch, 0, 0, 0);
        Joins += Math.Max(0, activity.Joins - from.Joins);
        Leaves += Math.Max(0, activity.Leaves - from.Leaves);
        ChatLines += Math.Max(0, activity.ChatLines - from.ChatLines);
    }

    public (long Joins, long Leaves, long ChatLines) Take()
    {
        var taken = (Joins, Leaves, ChatLines);
        (Joins, Leaves, ChatLines, Changed) = (0, 0, 0, false);
        return taken;
    }
}
