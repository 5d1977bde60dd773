using System.Diagnostics;
using Expo.Web.Tests.Infrastructure;
using static Expo.Web.Tests.ScaleOut.ScaleOutChecks;

namespace Expo.Web.Tests.ScaleOut;

[Collection(ScaleOutCollection.Name)]
public sealed class WebNodeLossTests(ITestOutputHelper output)
{
    private const int Visitors = 160;

    [Fact]
    public async Task VisitorsOfAKilledWebNodeMoveToTheOtherMissNoLineAndPresenceHealsWithinTheLease()
    {
        await using var expo = await ExpoProcesses.StartStorageAsync(Settings);
        await expo.StartSiloAsync();
        var doomed = await expo.StartWebNodeAsync();
        var survivor = await expo.StartWebNodeAsync();
        await using var crowd = await Crowd.EnterAsync([doomed.Address!, survivor.Address!], Booths, Visitors);

        // Per booth: two chatters on each node; two visitors of the doomed node close their laptops and never come back.
        var onDoomed = crowd.Visitors.Where(v => v.NodeIndex == 0).ToList();
        var onSurvivor = crowd.Visitors.Where(v => v.NodeIndex == 1).ToList();
        var senders = Booths.SelectMany(b => onDoomed.Where(v => v.BoothId == b).Take(2).Concat(onSurvivor.Where(v => v.BoothId == b).Take(2))).ToList();
        var gone = Booths.SelectMany(b => onDoomed.Where(v => v.BoothId == b).Skip(2).Take(2)).ToHashSet();
        var movers = onDoomed.Except(gone).ToList();
        var staying = crowd.Visitors.Except(gone).ToList();
        await crowd.WaitUntilPresenceAgreesAsync(crowd.Visitors, _ => true, Patience);

        using var stop = new CancellationTokenSource();
        var chatting = crowd.ChatAsync(senders, TimeSpan.FromMilliseconds(250), stop.Token);
        await Eventually.WaitAsync("every booth chats before the crash", () => Booths.All(b => crowd.Acknowledged.Count(a => a.Booth == b) >= 4), Patience);

        foreach (var visitor in gone)
        {
            visitor.Abandon();
        }

        var sinceKill = Stopwatch.StartNew();
        await doomed.KillAsync();
        await Eventually.WaitAsync("the doomed node's visitors are back in their booths", () => movers.All(v => v.Reconnects == 1 && v.InBooth), Patience,
            () => $"{movers.Count(v => !v.InBooth)} still away; last failure: {movers.Select(v => v.Failure).LastOrDefault(f => f is not null)?.Message}");
        var allBack = sinceKill.Elapsed;
        await crowd.WaitUntilPresenceAgreesAsync(staying, v => !gone.Contains(v), Patience);
        var presenceHealed = sinceKill.Elapsed;

        var before = crowd.Acknowledged.Count;
        await Eventually.WaitAsync("chat goes on after the move", () => crowd.Acknowledged.Count >= before + 2 * senders.Count, Patience);
        await stop.CancelAsync();
        await chatting;
        await crowd.WaitUntilLinesArriveAsync(staying, Patience);

        var histories = await AssertHistoryAsync(crowd, onSurvivor);
        foreach (var visitor in staying)
        {
            AssertSawExactly(visitor, histories[visitor.BoothId]);
            Assert.Equal(1, visitor.NodeIndex);
            Assert.Equal(movers.Contains(visitor) ? 1 : 0, visitor.Reconnects);
        }

        // The dead node's connections were renewed at most one renewal interval before the crash, so they run out
        // within the lease; the slack is for the booth's sweep, the presence flush and a busy machine.
        Assert.True(presenceHealed < LeaseDuration + TimeSpan.FromSeconds(15), $"presence healed after {presenceHealed.TotalSeconds:F1} s");

        var reconnects = movers.Select(v => v.LastReconnect!.Value.TotalMilliseconds).Order().ToList();
        output.WriteLine($"{Visitors} visitors, 1 silo, 2 Web nodes; killed the node of {onDoomed.Count} ({gone.Count} of them never come back)");
        output.WriteLine($"reconnect to the other node, re-enter, catch up: median {reconnects[reconnects.Count / 2]:F0} ms, max {reconnects[^1]:F0} ms; all back {allBack.TotalSeconds:F2} s after the kill");
        output.WriteLine($"presence right again for every visitor {presenceHealed.TotalSeconds:F2} s after the kill (lease {LeaseDuration.TotalSeconds:F0} s)");
        output.WriteLine($"{crowd.Acknowledged.Count} lines acknowledged, {senders.Sum(s => s.SendRetries)} send attempts repeated, none lost or doubled");
    }
}
