using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Reports;
using Expo.Web.Services;

namespace Expo.Web.Endpoints;

/// <summary>
/// Organisers' reports for a time range, as CSV (UTF-8 with BOM, for spreadsheets) or JSON: attendance samples and
/// the booth ranking. The attendance grain checks the organiser again and refuses a range over 7 days.
/// </summary>
public static class ReportEndpoints
{
    private static readonly TimeSpan DefaultRange = TimeSpan.FromHours(24);

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/organiser/reports").WithTags("Organiser");
        reports.MapGet("/attendance", AttendanceAsync)
            .WithName("AttendanceReport").WithSummary("Attendance samples between two moments (default: the last 24 hours), as CSV or JSON.")
            .WithExpoProblems().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        reports.MapGet("/booths", BoothRankingAsync)
            .WithName("BoothRankingReport").WithSummary("Booths ranked by their average crowd between two moments, with each booth's peak, as CSV or JSON.")
            .WithExpoProblems().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> AttendanceAsync(
        DateTimeOffset? from, DateTimeOffset? to, string? format, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, TimeProvider time)
    {
        var (expo, samples, csv) = await ReadAsync(from, to, format, http, cluster, catalog, time);
        return csv
            ? File(Csv.Write(AttendanceReport.SampleHeader(expo), AttendanceReport.SampleRows(expo, samples)), "attendance")
            : TypedResults.Ok(samples);
    }

    private static async Task<IResult> BoothRankingAsync(
        DateTimeOffset? from, DateTimeOffset? to, string? format, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, TimeProvider time)
    {
        var (expo, samples, csv) = await ReadAsync(from, to, format, http, cluster, catalog, time);
        var ranks = AttendanceReport.RankBooths(expo, samples);
        return csv ? File(Csv.Write(AttendanceReport.RankHeader, AttendanceReport.RankRows(ranks)), "booth-ranking") : TypedResults.Ok(ranks);
    }

    private static async Task<(ExpoDefinition Expo, IReadOnlyList<AttendanceSample> Samples, bool Csv)> ReadAsync(
        DateTimeOffset? from, DateTimeOffset? to, string? format, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, TimeProvider time)
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
        var samples = await GrainCalls.TimeAsync(
            "attendance.history", () => cluster.GetGrain<IAttendanceGrain>(catalog.ExpoId).GetHistoryAsync(actorId, since, until));
        var expo = await catalog.GetDefinitionAsync() ?? throw new ExpoException(ExpoErrors.Unavailable, "The expo is still being set up; try again in a moment.");
        return (expo, samples, csv);
    }

    private static IResult File(byte[] bytes, string name)
    {
        // A download, never a page: the browser saves it and does not guess another type.
        return TypedResults.File(bytes, Csv.ContentType, $"{name}.csv");
    }
}
