using System.Globalization;
using System.Text;

namespace Expo.Bench;

/// <summary>The console table of a mix run: the systems side by side at the mix's own pace, then their ceilings.</summary>
public static class DayReport
{
    public static string Table(DayRunResult run)
    {
        var text = new StringBuilder();
        var systems = run.Results.Select(r => r.System).ToList();
        var header = $"  {"",-52}" + string.Concat(systems.Select(s => $"{s,14}")) + (systems.Count == 2 ? $"{"ratio",10}" : "");
        void Row(string label, Func<DaySystemResult, double?> value, string format = "N0")
        {
            var values = run.Results.Select(r => r.Error is null || r.Steps.Count > 0 ? value(r) : null).ToList();
            var line = $"  {label,-52}" + string.Concat(values.Select(v => $"{(v is { } x ? x.ToString(format, CultureInfo.InvariantCulture) : "-"),14}"));
            if (values.Count == 2 && systems[0] == "expo" && values[0] is { } a && values[1] is { } b && b != 0)
            {
                line += $"{(a / b).ToString("F2", CultureInfo.InvariantCulture),10}";
            }

            text.AppendLine(line);
        }

        var first = run.Results[0];
        text.AppendLine($"{first.Mix}: {first.Visitors:N0} visitors in {first.Booths} booths (hottest {string.Join(", ", first.HottestBooths)}), " +
            $"{first.Residents:N0} residents (checked for loss) of whom {first.Staff} staff, {first.Wanderers:N0} wanderers" +
            (first.LiveReaders > 0 ? $"; {first.LiveReaders:N0} anonymous live-feed readers besides them" : ""));
        text.AppendLine(header);
        text.AppendLine("  " + new string('-', header.Length - 2));
        text.AppendLine("  At the mix's own pace (multiplier 1):");
        Row("  chat lines/s", r => r.AtPace?.LinesPerSecond, "F1");
        Row("  chat deliveries/s (every connection)", r => r.AtPace?.DeliveriesPerSecond);
        Row("  of which to residents (checked, timed)", r => r.AtPace?.CheckedDeliveriesPerSecond);
        Row("  delivery latency p50 ms", r => r.AtPace?.Latency.P50, "F1");
        Row("  delivery latency p99 ms", r => r.AtPace?.Latency.P99, "F1");
        Row("  moves (leave + join)/s", r => r.AtPace?.MovesPerSecond, "F1");
        Row("  joins into the hottest booth/s", r => r.AtPace?.JoinsToHottestPerSecond, "F1");
        Row("  presence latency p50 ms", r => r.AtPace?.Presence.P50, "F1");
        Row("  presence latency p99 ms", r => r.AtPace?.Presence.P99, "F1");
        Row("  presence updates missed", r => r.AtPace?.PresenceMissed);
        Row("  arrivals (leave, new session, connect, enter)/s", r => r.AtPace?.ArrivalsPerSecond, "F1");
        Row("  console/exhibitor-page polls p99 ms", r => r.AtPace?.Console.P99, "F1");
        Row("  live-feed readers connected (GET /api/live)", r => r.AtPace?.Live?.Connected);
        Row("  live-feed events/s, all readers", r => r.AtPace?.Live?.EventsPerSecond, "F0");
        Row("  live-feed events/s per reader", r => r.AtPace?.Live?.EventsPerReaderPerSecond, "F2");
        Row("  live-feed bytes/s per reader", r => r.AtPace?.Live?.BytesPerReaderPerSecond, "F0");
        Row("  announcement posted -> at a reader, p50 ms", r => r.AtPace?.Live?.AnnouncementLag.P50, "F1");
        Row("  announcement posted -> at a reader, p99 ms", r => r.AtPace?.Live?.AnnouncementLag.P99, "F1");
        Row("  announcements posted", r => r.AtPace?.Live?.AnnouncementsPosted);
        Row("  announcement arrivals timed (readers x posts)", r => r.AtPace?.Live?.AnnouncementLag.Count);
        Row("  live readers who left and came back (churn)", r => r.AtPace?.Live?.Reconnects);
        Row("  live-feed errors (streams ended, posts failed)", r => r.AtPace?.Live is { } l ? l.Errors + l.AnnouncementErrors : null);
        Row("  received per visitor: bytes/s", r => r.AtPace?.ReceivedBytesPerVisitorPerSecond, "F0");
        Row("  received per visitor: WebSocket messages/s", r => r.AtPace?.ReceivedMessagesPerVisitorPerSecond, "F2");
        Row("  CPU-s/s, servers without storage", r => r.AtPace is { } m ? Servers(r, m.CpuSecondsPerSecond) : null, "F2");
        Row("  CPU-s/s, storage (Azurite)", r => r.AtPace is { } m ? Storage(m.CpuSecondsPerSecond) : null, "F2");
        Row("  server CPU ms per move (join + leave)", r => r.AtPace is { MovesPerSecond: > 0 } m ? 1000 * Servers(r, m.CpuSecondsPerSecond) / m.MovesPerSecond : null, "F2");
        Row("  CPU-s/s, load generator", r => r.AtPace?.LoadGenCpuSecondsPerSecond, "F2");
        Row("  RSS MiB, servers without storage", r => r.AtPace is { } m ? Servers(r, m.RssByProcess) / 1048576.0 : null, "F0");
        Row("  RSS MiB, storage (Azurite)", r => r.AtPace is { } m ? Storage(m.RssByProcess) / 1048576.0 : null, "F0");
        Row("  lost / duplicated deliveries", r => r.AtPace is { } m ? m.Lost + m.Duplicates : null);
        Row("  errors (send, move, arrival, console)", r => r.AtPace is { } m ? m.SendErrors + m.Unacknowledged + m.MoveErrors + m.ArrivalErrors + m.ConsoleErrors : null);
        text.AppendLine("  Ceiling (the highest multiplier whose step passed):");
        Row("  multiplier", r => r.Ceiling?.Multiplier, "G3");
        Row("  chat lines/s", r => r.Ceiling?.LinesPerSecond, "F1");
        Row("  chat deliveries/s", r => r.Ceiling?.DeliveriesPerSecond);
        Row("  moves/s", r => r.Ceiling?.MovesPerSecond, "F1");
        Row("  delivery latency p99 ms", r => r.Ceiling?.Latency.P99, "F1");
        Row("  presence latency p99 ms", r => r.Ceiling?.Presence.P99, "F1");
        Row("  announcement posted -> at a reader, p99 ms", r => r.Ceiling?.Live?.AnnouncementLag.P99, "F1");
        Row("  CPU-s/s, servers without storage", r => r.Ceiling is { } c ? Servers(r, c.CpuSecondsPerSecond) : null, "F2");
        Row("  marginal server CPU ms per line, pace to ceiling", r => Marginal(r, s => s.LinesPerSecond), "F2");
        Row("  marginal server CPU ms per move, pace to ceiling", r => Marginal(r, s => s.MovesPerSecond), "F2");
        Row("lost / duplicated deliveries (all steps)", r => r.Steps.Sum(s => s.Lost + s.Duplicates));
        Row("setup: guest sessions/s", r => r.Sessions?.PerSecond);
        Row("setup: connects/s", r => r.Connect?.PerSecond);
        text.AppendLine();
        foreach (var result in run.Results)
        {
            if (result.AtPace is { } mix)
            {
                text.AppendLine($"  {result.System} per process at multiplier 1: " + string.Join(", ", mix.CpuSecondsPerSecond.Keys.Select(p =>
                    $"{p} {mix.CpuSecondsPerSecond[p]:F2} CPU-s/s {mix.RssByProcess.GetValueOrDefault(p) / 1048576.0:F0} MiB")));
            }

            if (result.Error is not null)
            {
                text.AppendLine($"  {result.System} FAILED: {result.Error}");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// What one more line (or move) costs: the servers' extra CPU between the mix's own pace and the ceiling over the
    /// extra rate, so the CPU of what does not grow (keep-alives, consoles, timers) is left out.
    /// </summary>
    private static double? Marginal(DaySystemResult result, Func<DayStepResult, double> rate) =>
        result is { AtPace: { } pace, Ceiling: { } ceiling } && rate(ceiling) - rate(pace) > 0.5
            ? 1000 * (Servers(result, ceiling.CpuSecondsPerSecond) - Servers(result, pace.CpuSecondsPerSecond)) / (rate(ceiling) - rate(pace))
            : null;

    private static double Storage<T>(Dictionary<string, T> byProcess) where T : struct, IConvertible =>
        byProcess.Where(p => p.Key == "azurite").Sum(p => p.Value.ToDouble(CultureInfo.InvariantCulture));

    private static double Servers<T>(DaySystemResult result, Dictionary<string, T> byProcess) where T : struct, IConvertible =>
        byProcess.Where(p => p.Key != "azurite").Sum(p => p.Value.ToDouble(CultureInfo.InvariantCulture));
}
