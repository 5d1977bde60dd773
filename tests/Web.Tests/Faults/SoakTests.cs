using System.Diagnostics;
using Expo.Web.Tests.Infrastructure;
using static Expo.Web.Tests.ScaleOut.ScaleOutChecks;

namespace Expo.Web.Tests.Faults;

/// <summary>
/// The soak (<c>bench/soak.sh</c>): the mixed load (chat, visitors wandering between booths, readers of the expo and its
/// booths) for <c>EXPO_SOAK_SECONDS</c> (30 minutes), sampling memory and grain activations; prints their growth after
/// the warm-up (<c>EXPO_SOAK_WARMUP_SECONDS</c>, the first half) and the error lines the processes logged.
/// </summary>
[Collection(ScaleOut.ScaleOutCollection.Name)]
public sealed class SoakTests(ITestOutputHelper output)
{
    [Fact(Explicit = true)]
    public async Task TheMixedLoadRunsFlatForHalfAnHour()
    {
        var duration = FaultSettings.Duration("EXPO_SOAK_SECONDS", TimeSpan.FromMinutes(30));
        var size = FaultSettings.Count("EXPO_SOAK_VISITORS", 200);
        var every = TimeSpan.FromSeconds(Math.Max(5, duration.TotalSeconds / 30));
        await using var expo = await ExpoProcesses.StartStorageAsync(Settings);
        await expo.StartSiloAsync();
        var webs = new[] { await expo.StartWebNodeAsync(), await expo.StartWebNodeAsync() };
        await using var crowd = await Crowd.EnterAsync([.. webs.Select(w => w.Address!)], Booths, size);
        await using var probe = await ClusterProbe.ConnectAsync(expo);

        using var stop = new CancellationTokenSource();
        var chatters = crowd.Visitors.Where((_, i) => i % 10 == 0).ToList();
        var failures = new int[2];
        var load = Task.WhenAll(
            crowd.ChatAsync(chatters, TimeSpan.FromSeconds(1), stop.Token),
            WanderAsync(webs, 8, failures, stop.Token),
            ReadAsync(webs, failures, stop.Token));

        var samples = new List<(TimeSpan At, long SiloBytes, long WebBytes, int Activations, int Lines)>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            await Task.Delay(every);
            var silos = expo.Nodes.Where(n => n.Address is null).Sum(n => ProcessMemory.ResidentBytes(n.Pid));
            var web = webs.Sum(n => ProcessMemory.ResidentBytes(n.Pid));
            samples.Add((clock.Elapsed, silos, web, await probe.ActivationsAsync(), crowd.Acknowledged.Count));
        }

        await stop.CancelAsync();
        await load;
        await crowd.WaitUntilLinesArriveAsync(crowd.Visitors, Patience);
        var histories = await AssertHistoryAsync(crowd, crowd.Visitors);
        foreach (var visitor in crowd.Visitors)
        {
            AssertSawExactly(visitor, histories[visitor.BoothId]);
        }

        output.WriteLine($"{size} visitors on 1 Silo and 2 Web nodes for {duration.TotalMinutes:F1} min: {chatters.Count} chatting a line a second, " +
            "8 wandering between booths, 2 readers of the expo and a booth");
        output.WriteLine("   at s   silo MiB   web MiB   activations   lines acknowledged");
        foreach (var s in samples)
        {
            output.WriteLine($"{s.At.TotalSeconds,7:F0} {s.SiloBytes / 1048576.0,10:F1} {s.WebBytes / 1048576.0,9:F1} {s.Activations,13} {s.Lines,20}");
        }

        // A chat archive page is a grain of its own, sealed every 200 lines of a booth and collected when idle (after
        // Orleans' collection age, 15 min by default): activations only level off once that age has passed.
        var warmUp = FaultSettings.Duration("EXPO_SOAK_WARMUP_SECONDS", duration / 2);
        var warm = samples.FirstOrDefault(s => s.At >= warmUp, samples[0]);
        var last = samples[^1];
        output.WriteLine($"growth after the warm-up ({warm.At.TotalSeconds:F0} s → {last.At.TotalSeconds:F0} s): silo memory {Growth(warm.SiloBytes, last.SiloBytes)}, " +
            $"Web memory {Growth(warm.WebBytes, last.WebBytes)}, activations {Growth(warm.Activations, last.Activations)}");
        output.WriteLine($"error lines logged: {expo.Nodes.Sum(n => n.ErrorLines)}; failed wanderer moves {failures[0]}, failed reads {failures[1]}; " +
            $"{crowd.Acknowledged.Count} lines acknowledged, none lost or doubled");
    }

    private static string Growth(double from, double to) => $"{100 * (to - from) / from:+0.0;-0.0} %";

    private static Task WanderAsync(NodeProcess[] webs, int count, int[] failures, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            var node = webs[i % webs.Length].Address!;
            using var http = new HttpClient { BaseAddress = node };
            await using var wanderer = await ExpoHubClient.ConnectAsync(node, await ExpoHubClient.StartGuestAsync(http, $"Wanderer {i}"));
            for (var step = i; !stop.IsCancellationRequested; step++)
            {
                try
                {
                    await wanderer.EnterBoothAsync(Booths[step % Booths.Length]);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures[0]);
                }

                await Task.Delay(500, CancellationToken.None);
            }
        }));

    private static Task ReadAsync(NodeProcess[] webs, int[] failures, CancellationToken stop) =>
        Task.WhenAll(webs.Select(async web =>
        {
            using var http = new HttpClient { BaseAddress = web.Address };
            while (!stop.IsCancellationRequested)
            {
                foreach (var path in new[] { "api/expo", $"api/booths/{Booths[0]}" })
                {
                    if (!(await http.GetAsync(path, CancellationToken.None)).IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures[1]);
                    }
                }

                await Task.Delay(500, CancellationToken.None);
            }
        }));
}
