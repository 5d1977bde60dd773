using System.Text.Json;
using Expo.Bench;

// The benchmark coordinator: bench/run.sh builds Release and runs this. It starts each system in turn (never two
// at once), drives the load-generator workers, and writes the table, JSON and chart.
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

Children.StopAllOnExit();
var root = RepoRoot();
var runId = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss");
var stateRoot = Path.Combine(root, ".state", "bench", runId);
var output = options.Output ?? Path.Combine(root, "bench", "results");
Directory.CreateDirectory(stateRoot);
Directory.CreateDirectory(output);

var notes = $"Expo Web nodes run with Expo:ChatMessagesPerSecond = Expo:ChatBurst = {ExpoSystem.ChatRateLimit} (the default 5/s per visitor would cap the offered load), and the per-address HTTP limits (Expo:RateLimits:*:PerAddress) at the same figure, since every visitor comes from loopback.";
Console.WriteLine($"Benchmark {runId}: {options.Mode} clients, {(options.Mix == "chat" ? $"sizes {string.Join(", ", options.Sizes.Select(s => $"{s.Visitors}/{s.Booths}"))}" : $"mix {options.Mix}")}, " +
    $"expo {options.Silos} silo(s) + {options.Webs} Web node(s), grain state in {options.ExpoStorage}; logs in {stateRoot}");
Console.WriteLine(notes);
Console.WriteLine($"Open files per process: {OpenFileLimit()}");
if (options.Mix != "chat")
{
    return await DayRun.RunAsync(options, root, stateRoot, output, runId, Machine(), notes, args);
}

var runner = new Runner(options, root, stateRoot);
var result = new RunResult(runId, DateTimeOffset.UtcNow, Machine(), new BenchOptionsView(
    options.Mode, options.Webs, options.Silos, options.ExpoStorage, options.ChatShare, options.WanderShare, options.MovesPerSecond, options.StepFactor,
    options.WarmupSeconds, options.StepSeconds, options.DrainSeconds, options.P99LimitMs,
    string.Join(",", options.Sizes.Select(s => $"{s.Visitors}/{s.Booths}")), string.Join(",", options.Systems)), notes, [], []);
foreach (var (visitors, booths) in options.Sizes)
{
    foreach (var system in options.Systems)
    {
        result.Results.Add(await runner.RunAsync(system, visitors, booths));
    }
}

result.Memory.AddRange(Report.MemorySlopes(result.Results));
var json = Path.Combine(output, $"{runId}.json");
await File.WriteAllTextAsync(json, JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
var svg = Path.Combine(output, $"{runId}.svg");
await File.WriteAllTextAsync(svg, LatencyChart.Render(result));
Console.WriteLine();
Console.WriteLine(Report.Table(result));
Console.WriteLine($"Results: {json}");
Console.WriteLine($"Chart:   {svg}");
return result.Results.Any(r => r.Error is not null) ? 1 : 0;

static string RepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Expo.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Expo.sln not found above " + AppContext.BaseDirectory);
}

static string Machine()
{
    var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim();
    return $"{Environment.ProcessorCount} cores ({model}), {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, .NET {Environment.Version}";
}

static string OpenFileLimit() =>
    File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal)) is { } line
        ? string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3..5])
        : "unknown";
