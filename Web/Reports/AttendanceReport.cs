using Expo.Grains.Models;

namespace Expo.Web.Reports;

/// <summary>
/// Attendance over a time range as organisers take it away: the samples themselves, and a ranking of booths by
/// their average crowd (with the peak and the time it was reached).
/// </summary>
public static class AttendanceReport
{
    public sealed record BoothRank(
        int Rank, string BoothId, LocalizedText Name, string PavilionId, double AverageVisitors, int PeakVisitors, DateTimeOffset? PeakAt);

    public static IReadOnlyList<string> SampleHeader(ExpoDefinition expo) =>
        ["at", "inBooths", "joins", "leaves", "chatLines", .. expo.Pavilions.Select(p => $"pavilion:{p.Id}")];

    public static IEnumerable<IReadOnlyList<string?>> SampleRows(ExpoDefinition expo, IReadOnlyList<AttendanceSample> samples) =>
        samples.Select(s => (IReadOnlyList<string?>)
        [
            Csv.Time(s.At), $"{s.InBooths}", $"{s.Joins}", $"{s.Leaves}", $"{s.ChatLines}",
            .. expo.Pavilions.Select(p => $"{s.Pavilions.GetValueOrDefault(p.Id)}"),
        ]);

    public static IReadOnlyList<BoothRank> RankBooths(ExpoDefinition expo, IReadOnlyList<AttendanceSample> samples)
    {
        var ranked = expo.Pavilions
            .SelectMany(p => p.Booths.Select(b => (Booth: b, PavilionId: p.Id)))
            .Select(x =>
            {
                var counts = samples.Select(s => (s.At, Count: s.Booths.GetValueOrDefault(x.Booth.Id))).ToList();
                var peak = counts.OrderByDescending(c => c.Count).ThenBy(c => c.At).FirstOrDefault();
                return (x.Booth, x.PavilionId, Average: counts.Count == 0 ? 0 : counts.Average(c => c.Count), Peak: peak.Count, PeakAt: peak.Count > 0 ? peak.At : (DateTimeOffset?)null);
            })
            .OrderByDescending(x => x.Average).ThenByDescending(x => x.Peak).ThenBy(x => x.Booth.Id, StringComparer.Ordinal)
            .ToList();
        return [.. ranked.Select((x, i) => new BoothRank(i + 1, x.Booth.Id, x.Booth.Name, x.PavilionId, Math.Round(x.Average, 2), x.Peak, x.PeakAt))];
    }

    public static readonly IReadOnlyList<string> RankHeader =
        ["rank", "boothId", "nameEn", "nameZh", "pavilionId", "averageVisitors", "peakVisitors", "peakAt"];

    public static IEnumerable<IReadOnlyList<string?>> RankRows(IReadOnlyList<BoothRank> ranks) =>
        ranks.Select(r => (IReadOnlyList<string?>)
        [
            $"{r.Rank}", r.BoothId, r.Name.En, r.Name.Zh, r.PavilionId, Csv.Number(r.AverageVisitors), $"{r.PeakVisitors}",
            r.PeakAt is { } at ? Csv.Time(at) : null,
        ]);
}
