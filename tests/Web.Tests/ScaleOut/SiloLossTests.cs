using System.Diagnostics;
using Expo.Web.Tests.Infrastructure;
using static Expo.Web.Tests.ScaleOut.ScaleOutChecks;

namespace Expo.Web.Tests.ScaleOut;

[Collection(ScaleOutCollection.Name)]
public sealed class SiloLossTests(ITestOutputHelper output)
{
    private const int Visitors = 100;

    [Fact]
    public async Task KillingOneOfTwoSilosWhileVisitorsChatLosesNoAcknowledgedLine()
    {
        await using var expo = await ExpoProcesses.StartStorageAsync(Settings);

        // The first silo seeds the expo before the second joins, so the catalogue and every booth live on it:
        // killing it moves all of them, the hardest case.
        var doomed = await expo.StartSiloAsync();
        var webA = await expo.StartWebNodeAsync();
        await expo.StartSiloAsync();
        await expo.WaitForActiveSilosAsync(2, Patience);
        var webB = await expo.StartWebNodeAsync();
        await using var crowd = await Crowd.EnterAsync([webA.Address!, webB.Address!], Booths, Visitors);
        await crowd.WaitUntilPresenceAgreesAsync(crowd.Visitors, _ => true, Patience);

        var byBooth = Booths.ToDictionary(b => b, b => crowd.Visitors.Where(v => v.BoothId == b).ToList());
        var senders = Booths.SelectMany(b => byBooth[b].Take(3)).ToList();
        using var stop = new CancellationTokenSource();
        var chatting = crowd.ChatAsync(senders, TimeSpan.FromMilliseconds(200), stop.Token);
        await Eventually.WaitAsync("every booth chats before the crash", () => Booths.All(b => crowd.Acknowledged.Count(a => a.Booth == b) >= 6), Patience);

        var sinceKill = Stopwatch.StartNew();
        await doomed.KillAsync();

        // Live delivery resumes once each Web node has renewed its subscription on the booth's new activation;
        // a line stored before that reaches a visitor through ChatSince, as the front end fetches a gap it notices.
        var liveAgainTasks = Booths.Select(b => LiveAgainAsync(crowd, byBooth[b], sinceKill)).ToList();

        // One visitor per booth asks the cluster to store a line right after the crash: how long until each booth answers.
        var probes = await Task.WhenAll(Booths.Select(async b =>
        {
            await crowd.SendAsync(byBooth[b][3], $"probe-{b}", "anyone there after the crash?");
            return sinceKill.Elapsed;
        }));
        await crowd.WaitUntilPresenceAgreesAsync(crowd.Visitors, _ => true, Patience);
        var presenceAgrees = sinceKill.Elapsed;

        var before = crowd.Acknowledged.Count;
        await Eventually.WaitAsync("chat goes on after the crash", () => crowd.Acknowledged.Count >= before + 2 * senders.Count, Patience);
        await stop.CancelAsync();
        await chatting;

        var liveAgain = await Task.WhenAll(liveAgainTasks);
        var last = crowd.Acknowledged.GroupBy(a => a.Booth).ToDictionary(g => g.Key, g => g.Max(a => a.Sequence));
        var withGaps = crowd.Visitors.Count(v => v.Chat.ContiguousThrough < last[v.BoothId]);
        await Task.WhenAll(crowd.Visitors.Select(v => v.CatchUpAsync()));

        var histories = await AssertHistoryAsync(crowd, crowd.Visitors);
        foreach (var visitor in crowd.Visitors)
        {
            Assert.Equal(0, visitor.Reconnects);
            AssertSawExactly(visitor, histories[visitor.BoothId]);
        }

        output.WriteLine($"{Visitors} visitors, 2 silos, 2 Web nodes; killed the silo that seeded the expo (its booths were activated there) while {senders.Count} visitors chatted");
        output.WriteLine($"each booth stored a new line again after {string.Join(", ", probes.Select(p => $"{p.TotalSeconds:F2}"))} s; presence agreed for everyone when checked {presenceAgrees.TotalSeconds:F2} s after the kill");
        output.WriteLine($"{crowd.Acknowledged.Count} lines acknowledged, {senders.Sum(s => s.SendRetries)} send attempts repeated with the same id, none lost or doubled");
        output.WriteLine($"live lines reached every visitor of each booth again {string.Join(", ", liveAgain.Select(t => $"{t.TotalSeconds:F2}"))} s after the kill");
        output.WriteLine($"{withGaps} of {Visitors} visitors missed live lines during the move and fetched them with ChatSince");
    }

    /// <summary>Sends a marker line to the booth every second until every visitor in it has received one, or a later line, live; returns when that was.</summary>
    private static async Task<TimeSpan> LiveAgainAsync(Crowd crowd, List<RoamingVisitor> visitors, Stopwatch sinceKill)
    {
        var sender = visitors[4];
        for (var n = 0; ; n++)
        {
            var sequence = await crowd.SendAsync(sender, $"marker-{sender.VisitorId}-{n}", $"marker {n}");
            try
            {
                // No visitor fetches history before the end: a line this far (the marker or a later one) came live.
                await Eventually.WaitAsync("a marker reaches every visitor live", () => visitors.All(v => v.Chat.LastSequence >= sequence), TimeSpan.FromSeconds(1));
                return sinceKill.Elapsed;
            }
            catch (TimeoutException) when (sinceKill.Elapsed < Patience)
            {
                // A Web node has not re-subscribed yet; it does on its next renewal.
            }
        }
    }
}
