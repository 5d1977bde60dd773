using System.Diagnostics;
using System.Text.Json;
using Expo.Bench.Shared;

namespace Expo.Bench;

/// <summary>Runs one system at one size: start it, connect the visitors, measure, step the chat rate up, stop it.</summary>
public sealed class Runner(BenchOptions options, string repoRoot, string stateRoot)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private int _nextAddress = 1;

    public async Task<SizeResult> RunAsync(string systemName, int visitors, int booths)
    {
        var folder = Path.Combine(stateRoot, $"{systemName}-{visitors}");
        Directory.CreateDirectory(folder);
        var seed = Path.Combine(folder, "seed.json");
        var boothIds = SeedWriter.Write(Path.Combine(repoRoot, "Silo", "Seed", "demo-expo.json"), booths, seed);
        SystemUnderTest system = ExpoSystem.Variants.TryGetValue(systemName, out var preset) || options.Variants.ContainsKey(systemName)
            ? new ExpoSystem(repoRoot, folder, options.Silos, options.Webs, options.ExpoStorage,
                settings: options.Variants.GetValueOrDefault(systemName) ?? preset, name: systemName)
            : new BaselineSystem(repoRoot, folder);
        var plans = Plan(boothIds, visitors);
        var result = new SizeResult(systemName, visitors, booths,
            plans.Sum(p => p.Booths.Sum(b => b.Stationary)), plans.Sum(p => p.Booths.Sum(b => b.Chatters)), plans.Sum(p => p.Booths.Sum(b => b.Wanderers)),
            plans.Count, null, null, null, 0, 0, [], null, [], null, null);
        var workers = new List<WorkerProcess>();
        try
        {
            Console.WriteLine($"[{systemName} {visitors}/{booths}] starting ({folder})");
            await system.StartAsync(seed, visitors);
            foreach (var plan in plans)
            {
                workers.Add(await WorkerProcess.StartAsync(repoRoot, folder, plan with { WebUrls = system.WebUrls }));
            }

            var sessions = await PhaseAsync(workers, Command.Sessions);
            Console.WriteLine($"[{systemName}] guest sessions: {sessions.Done} in {sessions.Seconds:F1} s ({sessions.PerSecond:F0}/s), {sessions.Failed} failed, {sessions.Retries} retried");
            var connect = await PhaseAsync(workers, Command.Connect);
            Console.WriteLine($"[{systemName}] connected: {connect.Done} in {connect.Seconds:F1} s ({connect.PerSecond:F0}/s), {connect.Failed} failed, {connect.Retries} retried");
            var enter = await PhaseAsync(workers, Command.Enter);
            Console.WriteLine($"[{systemName}] entered booths: {enter.Done} in {enter.Seconds:F1} s ({enter.PerSecond:F0}/s), {enter.Failed} failed, {enter.Retries} retried");
            result = result with { Sessions = sessions, Connect = connect, Enter = enter };
            if (sessions.Failed + connect.Failed + enter.Failed > 0)
            {
                throw new InvalidOperationException($"Setup failed: {sessions.FirstError ?? connect.FirstError ?? enter.FirstError}");
            }

            // Let start-up garbage settle before reading memory.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var rss = system.Processes.ToDictionary(p => p.Name, p => p.RssBytes());
            result = result with
            {
                RssBytes = rss.Values.Sum(),
                StorageRssBytes = system.Processes.Where(p => p.IsStorage).Sum(p => rss[p.Name]),
                RssByProcess = rss,
            };
            Console.WriteLine($"[{systemName}] server RSS: {rss.Values.Sum() / 1048576.0:F0} MiB ({string.Join(", ", rss.Select(r => $"{r.Key} {r.Value / 1048576.0:F0}"))})");

            var stale = await MeasureStalenessAsync(workers, system.WebUrls[0], boothIds);
            result = result with { CountsStaleMs = stale };
            Console.WriteLine($"[{systemName}] GET /api/expo counts matched {(stale is { } s ? $"{s:F0} ms" : "never (30 s)")} after the last move");

            await StepsAsync(system, workers, result);
            result = result with { Best = result.Steps.Where(s => s.Passed).MaxBy(s => s.AchievedDeliveriesPerSecond) };
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or HttpRequestException or JsonException)
        {
            Console.WriteLine($"[{systemName}] FAILED: {exception.Message}");
            result = result with { Error = exception.Message };
        }
        finally
        {
            await Runner.StopAsync(system, workers);
        }

        return result;
    }

    private async Task StepsAsync(SystemUnderTest system, List<WorkerProcess> workers, SizeResult result)
    {
        var chatters = workers.SelectMany(w => w.Plan.Booths).Sum(b => b.Chatters);
        var wanderers = workers.SelectMany(w => w.Plan.Booths).Sum(b => b.Wanderers);
        // Deliveries one line makes on average: chatters are picked evenly, each line reaches its booth's stationary visitors.
        var perLine = (double)workers.SelectMany(w => w.Plan.Booths).Sum(b => (long)b.Chatters * b.Stationary) / chatters;
        var offered = options.StartRate ?? result.Visitors * 1.0;
        Task<Reply[]> RunAsync(long start, double linesPerSecond, double warmupSeconds, double stepSeconds) =>
            Task.WhenAll(workers.Select(w =>
            {
                var own = w.Plan.Booths;
                var command = new StepCommand(
                    start,
                    linesPerSecond * own.Sum(b => b.Chatters) / chatters,
                    wanderers == 0 ? 0 : options.MovesPerSecond * own.Sum(b => b.Wanderers) / wanderers,
                    warmupSeconds,
                    stepSeconds,
                    options.DrainSeconds);
                return w.SendAsync(new Command(Command.RunStep, Step: command));
            }));

        if (options.SettleSeconds > 0)
        {
            // Servers run for hours: let every process compile its hot paths (tiered JIT) and size its pools under
            // load before anything is measured. Nothing of this phase is reported.
            await RunAsync(Stopwatch.GetTimestamp() + Ticks(0.5), offered / perLine, options.SettleSeconds, 1);
            Console.WriteLine($"[{result.System} {result.Visitors}/{result.Booths}] settled for {options.SettleSeconds:F0} s at {offered:F0} deliveries/s");
        }

        var retries = 0;
        for (var number = 1; number <= options.MaxSteps; number++)
        {
            var linesPerSecond = offered / perLine;
            var start = Stopwatch.GetTimestamp() + Ticks(0.5);
            var measureStart = start + Ticks(options.WarmupSeconds);
            var measureEnd = measureStart + Ticks(options.StepSeconds);
            var cpu = SampleCpuAsync(system, measureStart, measureEnd);
            var replies = await RunAsync(start, linesPerSecond, options.WarmupSeconds, options.StepSeconds);
            var serverCpu = await cpu;
            var step = Merge(number, offered, linesPerSecond, [.. replies.Select(r => r.Step!)], serverCpu);
            result.Steps.Add(step);
            Console.WriteLine(
                $"[{result.System} {result.Visitors}/{result.Booths}] step {number}: offered {offered,9:F0}/s achieved {step.AchievedDeliveriesPerSecond,9:F0}/s " +
                $"p50 {step.Latency.P50,7:F1} p99 {step.Latency.P99,7:F1} max {step.Latency.Max,7:F1} ms | lost {step.Lost} dup {step.Duplicates} err {step.SendErrors + step.Unacknowledged} | " +
                $"moves {step.MovesPerSecond:F0}/s presence p99 {step.Presence.P99:F1} ms | server cpu {step.ServerCpuMs:F0} ms, loadgen {step.LoadGenCpuMs:F0} ms" +
                (step.Passed ? "" : $" | STOP: {step.Failure}"));
            if (!step.Passed)
            {
                // The machine is shared and the first steps still warm code and connections up: a failed step is
                // repeated at the same rate before the ramp ends; both runs of it are reported.
                if (retries++ < options.Retries)
                {
                    continue;
                }

                return;
            }

            retries = 0;
            offered *= options.StepFactor;
        }
    }

    private StepResult Merge(int number, double offered, double linesPerSecond, List<StepReport> reports, Dictionary<string, double> serverCpu)
    {
        var latency = new LatencyHistogram();
        var presence = new LatencyHistogram();
        foreach (var report in reports)
        {
            latency.Add(LatencyHistogram.FromData(report.ChatLatency));
            presence.Add(LatencyHistogram.FromData(report.PresenceLatency));
        }

        long Sum(Func<StepReport, long> f) => reports.Sum(f);
        var measured = Sum(r => r.MeasuredDeliveries);
        var achieved = measured / options.StepSeconds;
        var cpuMs = serverCpu.Values.Sum();
        var summary = latency.Summarize();
        var failures = new List<string>();
        if (summary.P99 > options.P99LimitMs)
        {
            failures.Add($"p99 {summary.P99:F0} ms > {options.P99LimitMs:F0} ms");
        }

        if (Sum(r => r.Lost) + Sum(r => r.Duplicates) > 0)
        {
            failures.Add($"{Sum(r => r.Lost)} lost, {Sum(r => r.Duplicates)} duplicated");
        }

        if (Sum(r => r.SendErrors) + Sum(r => r.Unacknowledged) + Sum(r => r.MoveErrors) > 0)
        {
            failures.Add($"{Sum(r => r.SendErrors)} send errors, {Sum(r => r.Unacknowledged)} unacknowledged, {Sum(r => r.MoveErrors)} move errors");
        }

        if (Sum(r => r.ClosedConnections) > 0)
        {
            failures.Add($"{Sum(r => r.ClosedConnections)} connections closed");
        }

        if (achieved < 0.9 * offered)
        {
            failures.Add($"achieved {achieved:F0}/s < 90% of offered");
        }

        return new StepResult(
            number, offered, linesPerSecond, achieved, summary,
            Sum(r => r.Acked), Sum(r => r.SendErrors), Sum(r => r.Unacknowledged), Sum(r => r.Lost), Sum(r => r.Duplicates),
            Sum(r => r.WrongBooth), Sum(r => r.OtherDeliveries),
            Sum(r => r.MovesInWindow) / options.StepSeconds, Sum(r => r.MoveErrors), Sum(r => r.MovesSkipped),
            Sum(r => r.PresenceExpected), Sum(r => r.PresenceMissed), presence.Summarize(),
            cpuMs, measured > 0 ? cpuMs / (measured / 1000.0) : null, serverCpu,
            reports.Sum(r => r.CpuMs), reports.Max(r => r.SendLagMaxMs), Sum(r => r.ClosedConnections),
            failures.Count == 0, failures.Count == 0 ? null : string.Join("; ", failures), reports.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
    }

    /// <summary>Server CPU per process over the measured window of a step, from /proc/PID/stat.</summary>
    internal static async Task<Dictionary<string, double>> SampleCpuAsync(SystemUnderTest system, long from, long to)
    {
        await Task.Delay(Remaining(from));
        var before = system.Processes.ToDictionary(p => p.Name, p => p.CpuMs());
        await Task.Delay(Remaining(to));
        return system.Processes.ToDictionary(p => p.Name, p => p.CpuMs() - before[p.Name]);
    }

    /// <summary>
    /// Moves every wanderer one booth on, then polls <c>GET /api/expo</c> until its counts show exactly who is where;
    /// returns the milliseconds from the last acknowledged move to the first matching answer.
    /// </summary>
    private static async Task<double?> MeasureStalenessAsync(List<WorkerProcess> workers, string webUrl, IReadOnlyList<string> boothIds)
    {
        var moves = await Task.WhenAll(workers.Select(w => w.SendAsync(new Command(Command.Move))));
        var expected = boothIds.ToDictionary(id => id, _ => 0);
        foreach (var (booth, count) in moves.SelectMany(m => m.Move!.Occupancy))
        {
            expected[booth] = count;
        }

        var done = moves.Max(m => m.Move!.DoneTimestamp);
        var deadline = done + Ticks(30);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            using var document = JsonDocument.Parse(await Http.GetStringAsync($"{webUrl}/api/expo"));
            var seen = Stopwatch.GetTimestamp();
            var counts = document.RootElement.GetProperty("pavilions").EnumerateArray()
                .SelectMany(p => p.GetProperty("booths").EnumerateArray())
                .ToDictionary(b => b.GetProperty("id").GetString()!, b => b.GetProperty("count").GetInt32());
            if (expected.All(e => counts.GetValueOrDefault(e.Key) == e.Value))
            {
                return Stopwatch.GetElapsedTime(done, seen).TotalMilliseconds;
            }

            await Task.Delay(20);
        }

        return null;
    }

    internal static async Task<PhaseResult> PhaseAsync(List<WorkerProcess> workers, string kind)
    {
        var started = Stopwatch.GetTimestamp();
        var replies = await Task.WhenAll(workers.Select(w => w.SendAsync(new Command(kind))));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var phases = replies.Select(r => r.Phase!).ToList();
        var done = phases.Sum(p => p.Done);
        return new PhaseResult(done, phases.Sum(p => p.Failed), seconds, done / seconds, phases.Sum(p => p.CpuMs), phases.Select(p => p.FirstError).FirstOrDefault(e => e is not null), phases.Sum(p => p.Retries));
    }

    /// <summary>Whole booths per worker, at most <see cref="BenchOptions.MaxSocketsPerWorker"/> visitors each, each worker on its own source address.</summary>
    private List<WorkerPlan> Plan(IReadOnlyList<string> boothIds, int visitors)
    {
        var booths = boothIds.Select((id, b) =>
        {
            var inBooth = (visitors / boothIds.Count) + (b < visitors % boothIds.Count ? 1 : 0);
            var wanderers = (int)Math.Round(inBooth * options.WanderShare);
            var stationary = inBooth - wanderers;
            var chatters = Math.Clamp((int)Math.Round(inBooth * options.ChatShare), 1, stationary);
            return new BoothPlan(id, stationary, chatters, wanderers);
        }).ToList();

        var count = options.Workers ?? (int)Math.Ceiling((double)visitors / options.MaxSocketsPerWorker);
        count = Math.Clamp(count, 1, Math.Max(1, boothIds.Count / 2));
        var plans = new List<WorkerPlan>();
        for (var w = 0; w < count; w++)
        {
            var own = booths.Where((_, b) => b % count == w).ToList();
            plans.Add(new WorkerPlan(w, options.Mode, [], NextSourceAddress(), own, options.GuestConcurrency, options.ConnectConcurrency));
        }

        return plans;
    }

    private string NextSourceAddress()
    {
        // A fresh loopback address per worker, so ports in TIME_WAIT from an earlier size never collide.
        var n = _nextAddress++;
        return $"127.0.{n / 254}.{(n % 254) + 1}";
    }

    /// <summary>Asks every worker to stop (it is killed either way), then stops the system under test.</summary>
    internal static async Task StopAsync(SystemUnderTest system, List<WorkerProcess> workers)
    {
        await Task.WhenAll(workers.Select(async w =>
        {
            try
            {
                await w.SendAsync(new Command(Command.Stop)).WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (Exception exception) when (exception is InvalidOperationException or IOException or TimeoutException)
            {
                // It is killed below either way.
            }
        }));
        foreach (var worker in workers)
        {
            worker.Dispose();
        }

        system.Stop();
    }

    internal static long Ticks(double seconds) => (long)(seconds * Stopwatch.Frequency);

    internal static TimeSpan Remaining(long timestamp) =>
        TimeSpan.FromTicks(Math.Max(0, (timestamp - Stopwatch.GetTimestamp()) * TimeSpan.TicksPerSecond / Stopwatch.Frequency));
}
