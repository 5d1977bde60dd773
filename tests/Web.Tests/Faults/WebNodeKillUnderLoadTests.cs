using System.Diagnostics;
using Expo.Web.Tests.Infrastructure;
using static Expo.Web.Tests.ScaleOut.ScaleOutChecks;

namespace Expo.Web.Tests.Faults;

/// <summary>
/// The long version of <c>ScaleOut/WebNodeLossTests</c> (<c>bench/faults.sh web</c>): two Silos, three Web nodes, a
/// crowd chatting, one Web node killed. Its visitors reconnect to the next node, as behind a balancer that skips a
/// dead node; the run reports how many were back in their booth within 5 s.
/// </summary>
[Collection(ScaleOut.ScaleOutCollection.Name)]
public sealed class WebNodeKillUnderLoadTests(ITestOutputHelper output)
{
    [Fact(Explicit = true)]
    public async Task AWebNodeKilledUnderChatLoadLosesNothingAndItsVisitorsComeBack()
    {
        var size = FaultSettings.Count("EXPO_FAULT_VISITORS", 300);
        await using var expo = await ExpoProcesses.StartStorageAsync(Settings);
        await expo.StartSiloAsync();
        await expo.StartSiloAsync();
        await expo.WaitForActiveSilosAsync(2, Patience);
        var nodes = new[] { await expo.StartWebNodeAsync(), await expo.StartWebNodeAsync(), await expo.StartWebNodeAsync() };
        await using var crowd = await Crowd.EnterAsync([.. nodes.Select(n => n.Address!)], Booths, size);

        // Per booth and node two chatters; two of the doomed node's visitors per booth close their laptops for good.
        var senders = Booths.SelectMany(b => Enumerable.Range(0, nodes.Length)
            .SelectMany(n => crowd.Visitors.Where(v => v.BoothId == b && v.NodeIndex == n).Take(2))).ToList();
        var onDoomed = crowd.Visitors.Where(v => v.NodeIndex == 0).ToList();
        var gone = Booths.SelectMany(b => onDoomed.Where(v => v.BoothId == b).Skip(2).Take(2)).ToHashSet();
        var movers = onDoomed.Except(gone).ToList();
        var staying = crowd.Visitors.Except(gone).ToList();
        await crowd.WaitUntilPresenceAgreesAsync(crowd.Visitors, _ => true, Patience);

        using var stop = new CancellationTokenSource();
        var chatting = crowd.ChatAsync(senders, TimeSpan.FromMilliseconds(250), stop.Token);
        await Eventually.WaitAsync("every booth chats before the crash", () => Booths.All(b => crowd.Acknowledged.Count(a => a.Booth == b) >= 8), Patience);
        foreach (var visitor in gone)
        {
            visitor.Abandon();
        }

        // Watched while the kill is under way: on a busy machine the killed process can take seconds to be reaped.
        var sinceKill = Stopwatch.StartNew();
        var killing = nodes[0].KillAsync();
        var back = new Dictionary<RoamingVisitor, TimeSpan>();
        await Eventually.WaitAsync("the killed node's visitors are back in their booths", () =>
        {
            foreach (var visitor in movers.Where(v => !back.ContainsKey(v) && v.Reconnects == 1 && v.InBooth))
            {
                back[visitor] = sinceKill.Elapsed;
            }

            return back.Count == movers.Count;
        }, Patience, () => $"{movers.Count - back.Count} still away");
        await killing;
        await crowd.WaitUntilPresenceAgreesAsync(staying, v => !gone.Contains(v), Patience);
        var presenceHealed = sinceKill.Elapsed;

        var before = crowd.Acknowledged.Count;
        await Eventually.WaitAsync("chat goes on after the crash", () => crowd.Acknowledged.Count >= before + 2 * senders.Count, Patience);
        await stop.CancelAsync();
        await chatting;
        await crowd.WaitUntilLinesArriveAsync(staying, Patience);
        var histories = await AssertHistoryAsync(crowd, staying);
        foreach (var visitor in staying)
        {
            AssertSawExactly(visitor, histories[visitor.BoothId]);
        }

        var times = back.Values.Order().ToList();
        var within5 = times.Count(t => t <= TimeSpan.FromSeconds(5));
        output.WriteLine($"{size} visitors, 2 Silos, 3 Web nodes; killed the node of {onDoomed.Count} ({gone.Count} of them never come back)");
        output.WriteLine($"back in their booth on another node within 5 s of the kill: {within5} of {movers.Count} ({100.0 * within5 / movers.Count:F1} %); " +
            $"median {times[times.Count / 2].TotalSeconds:F2} s, max {times[^1].TotalSeconds:F2} s");
        var reconnects = movers.Select(v => v.LastReconnect!.Value).Order().ToList();
        output.WriteLine($"from noticing the drop to back in the booth with missed lines fetched: median {reconnects[reconnects.Count / 2].TotalSeconds:F2} s, " +
            $"max {reconnects[^1].TotalSeconds:F2} s");
        output.WriteLine($"presence right again for everyone {presenceHealed.TotalSeconds:F1} s after the kill (lease {LeaseDuration.TotalSeconds:F0} s)");
        output.WriteLine($"{crowd.Acknowledged.Count} lines acknowledged, {senders.Sum(s => s.SendRetries)} send attempts repeated; every acknowledged line stored once and seen once by everyone staying");
    }
}
