using System.Diagnostics;
using Expo.Web.Tests.Infrastructure;
using static Expo.Web.Tests.ScaleOut.ScaleOutChecks;

namespace Expo.Web.Tests.ScaleOut;

/// <summary>Two Silos and two Web nodes in one cluster, as <c>SILOS=2 WEBS=2 scripts/run.sh</c> starts them.</summary>
[Collection(ScaleOutCollection.Name)]
public sealed class ClusterPresenceAndChatTests(ITestOutputHelper output)
{
    private const int Visitors = 200;
    private const int LinesPerVisitor = 2;

    [Fact]
    public async Task VisitorsOnTwoWebNodesSeeTheSamePresenceAndEveryLineOfTheirBoothOnce()
    {
        await using var expo = await ExpoProcesses.StartStorageAsync(Settings);
        await expo.StartSiloAsync();
        await expo.StartSiloAsync();
        var nodes = new[] { (await expo.StartWebNodeAsync()).Address!, (await expo.StartWebNodeAsync()).Address! };

        var clock = Stopwatch.StartNew();
        await using var crowd = await Crowd.EnterAsync(nodes, Booths, Visitors);
        var entered = clock.Elapsed;
        var presence = await crowd.WaitUntilPresenceAgreesAsync(crowd.Visitors, _ => true, Patience);

        clock.Restart();
        await Parallel.ForEachAsync(crowd.Visitors, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (visitor, _) =>
        {
            for (var n = 0; n < LinesPerVisitor; n++)
            {
                await crowd.SendAsync(visitor, $"{visitor.VisitorId}-{n}", $"hello {n} from {visitor.VisitorId}");
            }
        });
        var sent = clock.Elapsed;
        var delivered = await crowd.WaitUntilLinesArriveAsync(crowd.Visitors, Patience);

        var histories = await AssertHistoryAsync(crowd, crowd.Visitors);
        foreach (var booth in Booths)
        {
            Assert.Equal(Visitors / Booths.Length * LinesPerVisitor, histories[booth].Count);
        }

        foreach (var visitor in crowd.Visitors)
        {
            // Nobody reconnected and every visitor entered before the first line: each line came live, exactly once.
            Assert.Equal(0, visitor.Reconnects);
            Assert.Equal(histories[visitor.BoothId].Count, visitor.Chat.LiveEvents);
            AssertSawExactly(visitor, histories[visitor.BoothId]);
        }

        output.WriteLine($"{Visitors} visitors over {nodes.Length} Web nodes, 2 silos, {Booths.Length} booths");
        output.WriteLine($"entered in {entered.TotalSeconds:F1} s; every visitor saw the full presence {presence.TotalSeconds:F2} s after the last entry");
        output.WriteLine($"{crowd.Acknowledged.Count} lines acknowledged in {sent.TotalSeconds:F1} s; every line at every visitor {delivered.TotalSeconds:F2} s after the last acknowledgement");
        output.WriteLine($"{crowd.Visitors.Sum(v => v.Chat.LiveEvents)} live deliveries, 0 duplicated, 0 missing");
    }
}
