using System.Text.Json;

namespace Expo.Bench;

/// <summary>An expo-day or stage run: each system in turn under the same mix, then the table and the JSON.</summary>
public static class DayRun
{
    public static async Task<int> RunAsync(BenchOptions options, string root, string stateRoot, string output, string runId, string machine, string notes, string[] args)
    {
        Console.WriteLine($"Mix {options.Mix}: {DayPlanner.Visitors(options):N0} visitors, {DayPlanner.Booths(options)} booths, " +
            $"{DayPlanner.Churn(options):F1} arrivals/s; steps of {options.WarmupSeconds:F0} + {options.StepSeconds:F0} s, multiplier x{options.StepFactor} per step");
        var runner = new DayRunner(options, root, stateRoot);
        var result = new DayRunResult(runId, DateTimeOffset.UtcNow, machine, "bench/run.sh " + string.Join(' ', args), notes, []);
        foreach (var system in options.Systems)
        {
            result.Results.Add(await runner.RunAsync(system));
        }

        var json = Path.Combine(output, $"{runId}-{options.Mix}.json");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        Console.WriteLine();
        Console.WriteLine(DayReport.Table(result));
        Console.WriteLine($"Results: {json}");
        return result.Results.Any(r => r.Error is not null) ? 1 : 0;
    }
}
