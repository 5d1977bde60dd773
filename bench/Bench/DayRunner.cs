using System.Diagnostics;
using System.Text.Json;
using Expo.Bench.Shared;

namespace Expo.Bench;

/// <summary>
/// Runs one system under the expo-day or stage mix: start it, connect the visitors where the plan puts them, open
/// the consoles, settle, then measure the mix at its own pace (multiplier 1) and raise the multiplier step by step
/// until a step fails (or lower it, when the mix itself fails, to find what the system holds).
/// </summary>
public sealed class DayRunner(BenchOptions options, string repoRoot, string stateRoot)
{
    private int _nextAddress = 1;

    public async Task<DaySystemResult> RunAsync(string systemName)
    {
        var visitors = DayPlanner.Visitors(options);
        var folder = Path.Combine(stateRoot, $"{systemName}-{options.Mix}-{visitors}");
        Directory.CreateDirectory(folder);
        var seed = Path.Combine(folder, "seed.json");
        var boothIds = SeedWriter.Write(Path.Combine(repoRoot, "Silo", "Seed", "demo-expo.json"), DayPlanner.Booths(options), seed);
        var booths = DayPlanner.Booths(options, boothIds);
        var split = DayPlanner.Split(booths, options.MaxSocketsPerWorker);
        SystemUnderTest system = systemName == "expo"
            ? new ExpoSystem(repoRoot, folder, options.Silos, options.Webs, options.ExpoStorage)
            : new BaselineSystem(repoRoot, folder);
        var result = new DaySystemResult(systemName, options.Mix, booths.Sum(b => b.Stationary + b.Wanderers), booths.Count,
            booths.Sum(b => b.Stationary), booths.Sum(b => b.Staff), booths.Sum(b => b.Wanderers),
            [.. booths.Take(5).Select(b => b.Stationary + b.Wanderers)], null, null, null, null, [], [], null, DayPlanner.LiveReaders(options));
        var workers = new List<WorkerProcess>();
        var tag = $"[{systemName} {options.Mix}]";
        try
        {
            Console.WriteLine($"{tag} starting ({folder}); booths hold {string.Join(", ", result.HottestBooths)}, ... visitors");
            await system.StartAsync(seed, visitors);
            for (var w = 0; w < split.Count; w++)
            {
                var plan = new WorkerPlan(w, options.Mode, system.WebUrls, NextSourceAddress(), split[w], options.GuestConcurrency,
                    options.ConnectConcurrency, DayPlanner.Plan(options, systemName == "expo", split.Count, w));
                workers.Add(await WorkerProcess.StartAsync(repoRoot, folder, plan));
            }

            var sessions = await Runner.PhaseAsync(workers, Command.Sessions);
            var connect = await Runner.PhaseAsync(workers, Command.Connect);
            var enter = await Runner.PhaseAsync(workers, Command.Enter);
            Console.WriteLine($"{tag} {sessions.Done} guest sessions, {connect.Done} connected, {enter.Done} in booths " +
                $"({sessions.Failed + connect.Failed + enter.Failed} failed, {sessions.Retries + connect.Retries + enter.Retries} retried)");
            result = result with { Sessions = sessions, Connect = connect, Enter = enter };
            if (sessions.Failed + connect.Failed + enter.Failed > 0)
            {
                throw new InvalidOperationException($"Setup failed: {sessions.FirstError ?? connect.FirstError ?? enter.FirstError}");
            }

            var consoles = await Runner.PhaseAsync(workers.Take(1).ToList(), Command.Consoles);
            Console.WriteLine($"{tag} {consoles.Done} organiser consoles and exhibitor pages open");
            if (result.LiveReaders > 0)
            {
                var live = await Runner.PhaseAsync(workers, Command.Live);
                Console.WriteLine($"{tag} {live.Done} anonymous live-feed readers connected ({live.Failed} failed, {live.Retries} retried)");
                result = result with { Live = live };
                if (live.Failed > 0)
                {
                    throw new InvalidOperationException($"Setup failed: {live.FirstError}");
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(3));
            result = result with { Consoles = consoles, IdleRssByProcess = system.Processes.ToDictionary(p => p.Name, p => p.RssBytes()) };

            if (options.SettleSeconds > 0)
            {
                await StepAsync(system, workers, 0, 1, options.SettleSeconds, 1);
                Console.WriteLine($"{tag} settled for {options.SettleSeconds:F0} s at the mix's own pace");
            }

            await RampAsync(system, workers, result, tag);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or HttpRequestException or JsonException)
        {
            Console.WriteLine($"{tag} FAILED: {exception.Message}");
            result = result with { Error = exception.Message };
        }
        finally
        {
            await Runner.StopAsync(system, workers);
        }

        return result;
    }

    private async Task RampAsync(SystemUnderTest system, List<WorkerProcess> workers, DaySystemResult result, string tag)
    {
        // Up from the mix's own pace while steps pass; if the mix itself fails, down until a step passes.
        var multiplier = 1.0;
        var direction = 0;
        var retries = 0;
        for (var number = 1; number <= options.MaxSteps; number++)
        {
            var step = await StepAsync(system, workers, number, multiplier, options.WarmupSeconds, options.StepSeconds);
            result.Steps.Add(step);
            Console.WriteLine($"{tag} step {number} x{multiplier:G3}: {step.LinesPerSecond:F1} lines/s, {step.DeliveriesPerSecond:F0} deliveries/s, " +
                $"p50 {step.Latency.P50:F1} p99 {step.Latency.P99:F1} ms | moves {step.MovesPerSecond:F1}/s presence p99 {step.Presence.P99:F1} ms | " +
                $"arrivals {step.ArrivalsPerSecond:F1}/s | consoles p99 {step.Console.P99:F0} ms | lost {step.Lost} dup {step.Duplicates} | " +
                (step.Live is { } live ? $"live {live.Connected} readers {live.EventsPerSecond:F0} events/s, announcement lag p50 {live.AnnouncementLag.P50:F0} p99 {live.AnnouncementLag.P99:F0} ms | " : "") +
                $"cpu {string.Join(" ", step.CpuSecondsPerSecond.Select(c => $"{c.Key} {c.Value:F2}"))}, loadgen {step.LoadGenCpuSecondsPerSecond:F2} s/s" +
                (step.Passed ? "" : $" | FAILED: {step.Failure}"));
            if (!step.Passed && retries++ < options.Retries)
            {
                continue;
            }

            retries = 0;
            if (direction == 0)
            {
                direction = step.Passed ? 1 : -1;
            }

            if ((direction > 0 && !step.Passed) || (direction < 0 && step.Passed) || multiplier < 1 / 64.0)
            {
                return;
            }

            multiplier = direction > 0 ? multiplier * options.StepFactor : multiplier / options.StepFactor;
        }
    }

    private async Task<DayStepResult> StepAsync(SystemUnderTest system, List<WorkerProcess> workers, int number, double multiplier, double warmup, double seconds)
    {
        var start = Stopwatch.GetTimestamp() + Runner.Ticks(0.5);
        var measureStart = start + Runner.Ticks(warmup);
        var measureEnd = measureStart + Runner.Ticks(seconds);
        var cpu = Runner.SampleCpuAsync(system, measureStart, measureEnd);
        var rss = RssAtAsync(system, measureEnd);
        var command = new StepCommand(start, 0, 0, warmup, seconds, options.DrainSeconds, multiplier);
        var replies = await Task.WhenAll(workers.Select(w => w.SendAsync(new Command(Command.RunStep, Step: command))));
        return DayMerge.Merge(number, multiplier, seconds, options.P99LimitMs, options.Mix == "stage", [.. replies.Select(r => r.Step!)], await cpu, await rss);
    }

    private static async Task<Dictionary<string, long>> RssAtAsync(SystemUnderTest system, long timestamp)
    {
        await Task.Delay(Runner.Remaining(timestamp));
        return system.Processes.ToDictionary(p => p.Name, p => p.RssBytes());
    }

    private string NextSourceAddress()
    {
        var n = _nextAddress++;
        return $"127.0.{n / 254}.{(n % 254) + 1}";
    }
}
