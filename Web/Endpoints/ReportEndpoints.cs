using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Reports;
using Expo.Web.Services;

namespace Expo.Web.Endpoints;

/// <summary>
/// Organisers' reports for a time range, as CSV (UTF-8 with BOM, for spreadsheets) or JSON: attendance samples, the
/// booth ranking, dwell times, leads per booth, negotiations and agreements. Each grain asked checks the organiser
/// again.
/// </summary>
public static class ReportEndpoints
{
    private static readonly TimeSpan DefaultRange = TimeSpan.FromHours(24);

    /// <summary>As long as the attendance history keeps.</summary>
    private static readonly TimeSpan LongestRange = TimeSpan.FromDays(7);

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/organiser/reports").WithTags("Organiser");
        reports.MapGet("/attendance", AttendanceAsync).WithReport(
            "AttendanceReport", "Attendance samples between two moments (default: the last 24 hours), as CSV or JSON.");
        reports.MapGet("/booths", BoothRankingAsync).WithReport(
            "BoothRankingReport", "Booths ranked by their average crowd between two moments, with each booth's peak, as CSV or JSON.");
        reports.MapGet("/dwell", DwellAsync).WithReport(
            "DwellTimeReport", "Per booth: visits, unique visitors, completed stays and their average length, by the hour, as CSV or JSON.");
        reports.MapGet("/leads", LeadsAsync).WithReport(
            "LeadsReport", "Per booth: leads, new leads and interactions by kind between two moments (counts only), as CSV or JSON.");
        reports.MapGet("/negotiations", NegotiationsAsync).WithReport(
            "NegotiationsReport", "Negotiations under way or changed between two moments, with status, parties and times, as CSV or JSON.");
        reports.MapGet("/agreements", AgreementsAsync).WithReport(
            "AgreementsReport", "Agreements signed between two moments, with parties and document hash, as CSV or JSON.");
        return app;
    }

    private static async Task<IResult> AttendanceAsync(
        DateTimeOffset? from, DateTimeOffset? to, string? format, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, TimeProvider time)
    {
        var request = Read(from, to, format, http, time);
        var (expo, samples) = await SamplesAsync(request, cluster, catalog);
        return request.Csv
            ? File(Csv.Write(AttendanceReport.SampleHeader(expo), AttendanceReport.SampleRows(expo, samples)), "attendance")
            : TypedResults.Ok(samples);
    }

    private static async Task<IResult> BoothRankingAsync(
        DateTimeOffset? from, DateTimeOffset? to, string? format, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, TimeProvider time)
    {
        var request = Read(from, to, format, http, time);
        var (expo, samples) = await SamplesAsync(request, cluster, catalog);
        var ranks = AttendanceReport.RankBooths(expo, samples);
        return request.Csv ? File(Csv.Write(AttendanceReport.RankHeader, AttendanceReport.RankRows(ranks)), "booth-ranking") : TypedResults.Ok(ranks);
    }

    private static async Task<IResult> DwellAsync(
        DateTimeOffset? from, DateTimeOffset? to, string? format, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, TimeProvider time)
    {
        var request = Read(from, to, format, http, time);
        var rows = BoothActivityReport.Dwell(await PerBoothAsync(
            catalog, b => cluster.GetGrain<IBoothAnalyticsGrain>(b).GetRangeAsync(request.ActorId, request.From, request.To)));
        return request.Csv ? File(Csv.Write(BoothActivityReport.DwellHeader, BoothActivityReport.DwellRows(rows)), "dwell-times") : TypedResults.Ok(rows);
    }

    private static async Task<IResult> LeadsAsync(
        DateTimeOffset? from, DateTimeOffset? to, string? format, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, TimeProvider time)
    {
        var request = Read(from, to, format, http, time);
        var rows = BoothActivityReport.Leads(await PerBoothAsync(
            catalog, b => cluster.GetGrain<IBoothLeadsGrain>(b).GetCountsAsync(request.ActorId, request.From, request.To)));
        return request.Csv ? File(Csv.Write(BoothActivityReport.LeadsHeader, BoothActivityReport.LeadsRows(rows)), "leads-per-booth") : TypedResults.Ok(rows);
    }

    private static async Task<IResult> NegotiationsAsync(
        DateTimeOffset? from, DateTimeOffset? to, string? format, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, TimeProvider time)
    {
        var request = Read(from, to, format, http, time);
        var all = await cluster.GetGrain<ISigningWallGrain>(catalog.ExpoId).GetNegotiationsAsync(request.ActorId);
        var rows = DealReport.Negotiations(all, request.From, request.To);
        return request.Csv ? File(Csv.Write(DealReport.NegotiationHeader, DealReport.NegotiationRows(rows)), "negotiations") : TypedResults.Ok(rows);
    }

    private static async Task<IResult> AgreementsAsync(
        DateTimeOffset? from, DateTimeOffset? to, string? format, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, TimeProvider time)
    {
        var request = Read(from, to, format, http, time);
        var all = await cluster.GetGrain<ISigningWallGrain>(catalog.ExpoId).GetAgreementsAsync();
        var rows = DealReport.Agreements(all, request.From, request.To);
        return request.Csv ? File(Csv.Write(DealReport.AgreementHeader, DealReport.AgreementRows(rows)), "agreements") : TypedResults.Ok(rows);
    }

    private sealed record ReportRequest(string ActorId, DateTimeOffset From, DateTimeOffset To, bool Csv);

    /// <summary>The organiser, the range (default: the last 24 hours, at most 7 days) and the format, or a refusal.</summary>
    private static ReportRequest Read(DateTimeOffset? from, DateTimeOffset? to, string? format, HttpContext http, TimeProvider time)
    {
        var actorId = http.User.RequireOrganiser();
        var csv = (format ?? "csv") switch
        {
            "csv" => true,
            "json" => false,
            _ => throw ExpoException.Invalid("format is csv or json."),
        };
        var until = to ?? time.GetUtcNow();
        var since = from ?? until - DefaultRange;
        if (until < since || until - since > LongestRange)
        {
            throw ExpoException.Invalid($"A report's range runs forwards and covers at most {LongestRange.TotalDays:F0} days.");
        }

        return new ReportRequest(actorId, since, until, csv);
    }

    private static async Task<(ExpoDefinition Expo, IReadOnlyList<AttendanceSample> Samples)> SamplesAsync(
        ReportRequest request, IClusterClient cluster, ExpoCatalog catalog)
    {
        var samples = await cluster.GetGrain<IAttendanceGrain>(catalog.ExpoId).GetHistoryAsync(request.ActorId, request.From, request.To);
        return (await ExpoAsync(catalog), samples);
    }

    /// <summary>One figure of every booth of the expo, asked of all booths at once.</summary>
    private static async Task<(BoothProfile Booth, string PavilionId, T Figure)[]> PerBoothAsync<T>(
        ExpoCatalog catalog, Func<string, Task<T>> read)
    {
        var expo = await ExpoAsync(catalog);
        return await Task.WhenAll(BoothActivityReport.Booths(expo).Select(async b => (b.Booth, b.PavilionId, await read(b.Booth.Id))));
    }

    private static async Task<ExpoDefinition> ExpoAsync(ExpoCatalog catalog) =>
        await catalog.GetDefinitionAsync() ?? throw new ExpoException(ExpoErrors.Unavailable, "The expo is still being set up; try again in a moment.");

    private static RouteHandlerBuilder WithReport(this RouteHandlerBuilder builder, string name, string summary) => builder
        .WithName(name).WithSummary(summary);

    private static IResult File(byte[] bytes, string name)
    {
        // A download, never a page: the browser saves it and does not guess another type.
        return TypedResults.File(bytes, Csv.ContentType, $"{name}.csv");
    }
}
