using Expo.Grains;
using Expo.Grains.Models;

namespace Expo.Web.Reports;

/// <summary>
/// Per booth over a time range: how long visitors stayed (dwell times) and how many leads it gathered. Built from
/// each booth's analytics and leads, so the figures are the ones its exhibitor sees.
/// </summary>
public static class BoothActivityReport
{
    public sealed record BoothDwell(
        string BoothId, LocalizedText Name, string PavilionId, long Visits, long UniqueVisitors, long Stays, double AverageStaySeconds, long ChatMessages, long Downloads);

    public sealed record BoothLeads(
        string BoothId, LocalizedText Name, string PavilionId, int Leads, int NewLeads, IReadOnlyDictionary<string, int> Interactions);

    public static IEnumerable<(BoothProfile Booth, string PavilionId)> Booths(ExpoDefinition expo) =>
        expo.Pavilions.SelectMany(p => p.Booths.Select(b => (b, p.Id)));

    /// <summary>Longest average stay first, then most visits, then booth id.</summary>
    public static IReadOnlyList<BoothDwell> Dwell(IEnumerable<(BoothProfile Booth, string PavilionId, AnalyticsBucket Figures)> booths) =>
    [
        .. booths
            .Select(b => new BoothDwell(
                b.Booth.Id, b.Booth.Name, b.PavilionId, b.Figures.Visits, b.Figures.UniqueVisitors, b.Figures.Stays,
                b.Figures.AverageStaySeconds, b.Figures.ChatMessages, b.Figures.Downloads))
            .OrderByDescending(d => d.AverageStaySeconds).ThenByDescending(d => d.Visits).ThenBy(d => d.BoothId, StringComparer.Ordinal),
    ];

    /// <summary>Most leads first, then most new leads, then booth id.</summary>
    public static IReadOnlyList<BoothLeads> Leads(IEnumerable<(BoothProfile Booth, string PavilionId, LeadCounts Counts)> booths) =>
    [
        .. booths
            .Select(b => new BoothLeads(b.Booth.Id, b.Booth.Name, b.PavilionId, b.Counts.Leads, b.Counts.NewLeads, b.Counts.Interactions))
            .OrderByDescending(l => l.Leads).ThenByDescending(l => l.NewLeads).ThenBy(l => l.BoothId, StringComparer.Ordinal),
    ];

    public static readonly IReadOnlyList<string> DwellHeader =
        ["boothId", "nameEn", "nameZh", "pavilionId", "visits", "uniqueVisitors", "stays", "averageStaySeconds", "chatMessages", "downloads"];

    public static IEnumerable<IReadOnlyList<string?>> DwellRows(IReadOnlyList<BoothDwell> rows) =>
        rows.Select(d => (IReadOnlyList<string?>)
        [
            d.BoothId, d.Name.En, d.Name.Zh, d.PavilionId, $"{d.Visits}", $"{d.UniqueVisitors}", $"{d.Stays}",
            Csv.Number(d.AverageStaySeconds), $"{d.ChatMessages}", $"{d.Downloads}",
        ]);

    public static readonly IReadOnlyList<string> LeadsHeader =
        ["boothId", "nameEn", "nameZh", "pavilionId", "leads", "newLeads", .. LeadRules.Kinds];

    public static IEnumerable<IReadOnlyList<string?>> LeadsRows(IReadOnlyList<BoothLeads> rows) =>
        rows.Select(l => (IReadOnlyList<string?>)
        [
            l.BoothId, l.Name.En, l.Name.Zh, l.PavilionId, $"{l.Leads}", $"{l.NewLeads}",
            .. LeadRules.Kinds.Select(kind => $"{l.Interactions.GetValueOrDefault(kind)}"),
        ]);
}
