using System.Globalization;
using System.Text;

namespace Expo.Bench;

/// <summary>The console table: per size, the systems side by side and the ratio expo / baseline.</summary>
public static class Report
{
    public static IEnumerable<MemorySlope> MemorySlopes(IReadOnlyList<SizeResult> results)
    {
        foreach (var system in results.Where(r => r.Error is null && r.RssBytes > 0).GroupBy(r => r.System))
        {
            var sizes = system.OrderBy(r => r.Visitors).ToList();
            if (sizes.Count < 2 || sizes[^1].Visitors == sizes[0].Visitors)
            {
                continue;
            }

            var (small, large) = (sizes[0], sizes[^1]);
            var visitors = (double)(large.Visitors - small.Visitors);
            yield return new MemorySlope(system.Key, small.Visitors, large.Visitors,
                (large.RssBytes - small.RssBytes) / visitors, (large.StorageRssBytes - small.StorageRssBytes) / visitors);
        }
    }

    public static string Table(RunResult run)
    {
        var text = new StringBuilder();
        var systems = run.Results.Select(r => r.System).Distinct().ToList();
        foreach (var size in run.Results.GroupBy(r => (r.Visitors, r.Booths)))
        {
            var bySystem = size.ToDictionary(r => r.System);
            text.AppendLine($"{size.Key.Visitors:N0} visitors / {size.Key.Booths} booths ({run.Options.Mode} clients; " +
                $"expo = {run.Options.Silos} silo + {run.Options.Webs} Web, grain state in {run.Options.ExpoStorage ?? "azure"})");
            var header = $"  {"",-44}" + string.Concat(systems.Select(s => $"{s,14}")) + (systems.Count == 2 ? $"{"ratio",10}" : "");
            text.AppendLine(header);
            text.AppendLine("  " + new string('-', header.Length - 2));

            void Row(string label, Func<SizeResult, double?> value, string format = "N0")
            {
                var values = systems.Select(s => bySystem.TryGetValue(s, out var r) && r.Error is null ? value(r) : null).ToList();
                var line = $"  {label,-44}" + string.Concat(values.Select(v => $"{(v is { } x ? x.ToString(format, CultureInfo.InvariantCulture) : "-"),14}"));
                if (values.Count == 2 && systems[0] == "expo" && values[0] is { } a && values[1] is { } b && b != 0)
                {
                    line += $"{(a / b).ToString("F2", CultureInfo.InvariantCulture),10}";
                }

                text.AppendLine(line);
            }

            Row("max chat deliveries/s with p99 <= limit", r => r.Best?.AchievedDeliveriesPerSecond);
            Row("  at that rate: latency p50 ms", r => r.Best?.Latency.P50, "F1");
            Row("  at that rate: latency p95 ms", r => r.Best?.Latency.P95, "F1");
            Row("  at that rate: latency p99 ms", r => r.Best?.Latency.P99, "F1");
            Row("  at that rate: latency max ms", r => r.Best?.Latency.Max, "F1");
            Row("  server CPU ms per 1,000 deliveries", r => r.Best?.ServerCpuMsPer1000Deliveries, "F1");
            Row("  load generator CPU ms per 1,000 deliv.", r => r.Best is { } b && b.AchievedDeliveriesPerSecond > 0
                ? b.LoadGenCpuMs / (b.AchievedDeliveriesPerSecond * run.Options.StepSeconds / 1000) : null, "F1");
            Row("  join+leave (moves)/s achieved", r => r.Best?.MovesPerSecond, "F1");
            Row("  presence latency p50 ms", r => r.Best?.Presence.P50, "F1");
            Row("  presence latency p99 ms", r => r.Best?.Presence.P99, "F1");
            Row("steps run (the last failed unless max-steps)", r => r.Steps.Count);
            Row("lost deliveries (all steps)", r => r.Steps.Sum(s => s.Lost));
            Row("duplicated deliveries (all steps)", r => r.Steps.Sum(s => s.Duplicates));
            Row("send errors + unacknowledged (all steps)", r => r.Steps.Sum(s => s.SendErrors + s.Unacknowledged));
            Row("presence updates missed (all steps)", r => r.Steps.Sum(s => s.PresenceMissed));
            Row("guest sessions/s (POST /api/auth/guest)", r => r.Sessions?.PerSecond);
            Row("connects/s (WebSocket + handshake)", r => r.Connect?.PerSecond);
            Row("booth entries/s", r => r.Enter?.PerSecond);
            Row("server RSS MiB, all processes", r => r.RssBytes / 1048576.0, "F0");
            Row("  of which storage (Azurite) MiB", r => r.StorageRssBytes / 1048576.0, "F0");
            Row("GET /api/expo counts stale after a move, ms", r => r.CountsStaleMs, "F0");
            foreach (var failed in size.Where(r => r.Error is not null))
            {
                text.AppendLine($"  {failed.System} FAILED: {failed.Error}");
            }

            text.AppendLine();
        }

        foreach (var slope in run.Memory)
        {
            text.AppendLine($"Memory per connected visitor, {slope.System}: {slope.BytesPerVisitor / 1024:F1} KiB " +
                $"(RSS slope {slope.FromVisitors:N0} -> {slope.ToVisitors:N0} visitors; storage share {slope.StorageBytesPerVisitor / 1024:F1} KiB)");
        }

        var expo = run.Memory.FirstOrDefault(m => m.System == "expo");
        var baseline = run.Memory.FirstOrDefault(m => m.System == "baseline");
        if (expo is not null && baseline is not null && baseline.BytesPerVisitor > 0)
        {
            text.AppendLine($"Memory per visitor ratio expo/baseline: {expo.BytesPerVisitor / baseline.BytesPerVisitor:F2}");
        }

        return text.ToString();
    }
}
