using Expo.Bench.Shared;

namespace Expo.Bench;

/// <summary>One mix step over all workers: counters summed, histograms merged, CPU turned into CPU-seconds per second.</summary>
public static class DayMerge
{
    public static DayStepResult Merge(int number, double multiplier, double seconds, double p99Limit, bool presenceLimited, List<StepReport> reports,
        Dictionary<string, double> cpuMs, Dictionary<string, long> rss)
    {
        var latency = new LatencyHistogram();
        var presence = new LatencyHistogram();
        var console = new LatencyHistogram();
        foreach (var report in reports)
        {
            latency.Add(LatencyHistogram.FromData(report.ChatLatency));
            presence.Add(LatencyHistogram.FromData(report.PresenceLatency));
            console.Add(LatencyHistogram.FromData(report.Day!.ConsoleLatency));
        }

        long Sum(Func<StepReport, long> f) => reports.Sum(f);
        long Day(Func<DayStepReport, long> f) => reports.Sum(r => f(r.Day!));
        var summary = latency.Summarize();
        var connected = reports.Sum(r => r.Day!.Connected);
        var failures = new List<string>();
        if (summary.P99 > p99Limit)
        {
            failures.Add($"p99 {summary.P99:F0} ms > {p99Limit:F0} ms");
        }

        // The stage's steps raise the rate of joins: there presence latency is what breaks.
        var presenceSummary = presence.Summarize();
        if (presenceLimited && presenceSummary.P99 > p99Limit)
        {
            failures.Add($"presence p99 {presenceSummary.P99:F0} ms > {p99Limit:F0} ms");
        }

        if (Sum(r => r.Lost) + Sum(r => r.Duplicates) > 0)
        {
            failures.Add($"{Sum(r => r.Lost)} lost, {Sum(r => r.Duplicates)} duplicated");
        }

        var errors = Sum(r => r.SendErrors) + Sum(r => r.Unacknowledged) + Sum(r => r.MoveErrors) + Day(d => d.ArrivalErrors) + Day(d => d.ConsoleErrors);
        if (errors > 0)
        {
            failures.Add($"{Sum(r => r.SendErrors)} send errors, {Sum(r => r.Unacknowledged)} unacknowledged, {Sum(r => r.MoveErrors)} move errors, " +
                $"{Day(d => d.ArrivalErrors)} arrival errors, {Day(d => d.ConsoleErrors)} console errors");
        }

        if (Sum(r => r.ClosedConnections) > 0)
        {
            failures.Add($"{Sum(r => r.ClosedConnections)} connections closed");
        }

        var live = Live(reports, seconds);
        if (live is { Errors: > 0 } or { AnnouncementErrors: > 0 })
        {
            failures.Add($"{live.Errors} live-feed streams failed or ended, {live.AnnouncementErrors} announcements not posted");
        }

        // Lines that went out in the window, and the deliveries of those lines that arrived.
        var lines = Day(d => d.LinesInWindow);
        return new DayStepResult(
            number, multiplier, lines / seconds, Day(d => d.AllDeliveries) / seconds, Sum(r => r.MeasuredDeliveries) / seconds, summary,
            Sum(r => r.MovesInWindow) / seconds, Day(d => d.JoinsInWindow) / seconds, presenceSummary,
            Sum(r => r.PresenceExpected), Sum(r => r.PresenceMissed),
            Day(d => d.Arrivals) / seconds, Day(d => d.ArrivalErrors), Day(d => d.ChatsSkipped),
            Day(d => d.ConsoleRequests), Day(d => d.ConsoleErrors), console.Summarize(),
            Sum(r => r.Lost), Sum(r => r.Duplicates), Sum(r => r.SendErrors), Sum(r => r.Unacknowledged), Sum(r => r.MoveErrors), Sum(r => r.ClosedConnections),
            cpuMs.ToDictionary(c => c.Key, c => c.Value / 1000 / seconds), rss,
            reports.Sum(r => r.CpuMs) / 1000 / seconds,
            connected > 0 ? Day(d => d.ReceivedBytes) / seconds / connected : 0,
            connected > 0 ? Day(d => d.ReceivedMessages) / seconds / connected : 0,
            connected, reports.Max(r => r.SendLagMaxMs),
            failures.Count == 0, failures.Count == 0 ? null : string.Join("; ", failures), reports.Select(r => r.FirstError).FirstOrDefault(e => e is not null),
            live);
    }

    private static LiveStepResult? Live(List<StepReport> reports, double seconds)
    {
        var parts = reports.Select(r => r.Day!.Live).OfType<LiveStepReport>().ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var lag = new LatencyHistogram();
        foreach (var part in parts)
        {
            lag.Add(LatencyHistogram.FromData(part.AnnouncementLag));
        }

        var connected = parts.Sum(p => p.Connected);
        var events = parts.Sum(p => p.Events) / seconds;
        return new LiveStepResult(connected, events, connected > 0 ? events / connected : 0,
            connected > 0 ? parts.Sum(p => p.Bytes) / seconds / connected : 0, lag.Summarize(),
            parts.Sum(p => p.AnnouncementsPosted), parts.Sum(p => p.Reconnects), parts.Sum(p => p.Errors), parts.Sum(p => p.AnnouncementErrors));
    }
}
