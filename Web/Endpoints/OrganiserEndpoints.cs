using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Reports;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>
/// The organisers' view of the expo's attendance: now, and over time for charts and replay. Checked here against the
/// session's role and again by the attendance grain.
/// </summary>
public static class OrganiserEndpoints
{
    /// <summary>The history a request gets when it names no range.</summary>
    private static readonly TimeSpan DefaultHistory = TimeSpan.FromHours(1);

    public static IEndpointRouteBuilder MapOrganiserEndpoints(this IEndpointRouteBuilder app)
    {
        var organiser = app.MapGroup("/api/organiser").WithTags("Organiser");
        organiser.MapGet("/attendance", GetNowAsync)
            .WithName("GetAttendanceNow")
            .WithSummary("Visitors in booths now, per pavilion and booth, with joins, leaves and chat lines per minute.");
        organiser.MapGet("/attendance/history", GetHistoryAsync)
            .WithName("GetAttendanceHistory")
            .WithSummary("Attendance samples between two moments (default: the last hour; at most 7 days), thinned to at most `points` samples if given.");
        return app;
    }

    private static async Task<Ok<AttendanceNow>> GetNowAsync(HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireOrganiser();
        var now = await cluster.GetGrain<IAttendanceGrain>(catalog.ExpoId).GetNowAsync(actorId);
        return TypedResults.Ok(now);
    }

    private static async Task<Ok<IReadOnlyList<AttendanceSample>>> GetHistoryAsync(
        DateTimeOffset? from, DateTimeOffset? to, int? points, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, TimeProvider time)
    {
        var actorId = http.User.RequireOrganiser();
        if (points is < 2 or > SampleThinning.MaxPoints)
        {
            throw ExpoException.Invalid($"points is between 2 and {SampleThinning.MaxPoints}.");
        }

        var until = to ?? time.GetUtcNow();
        var since = from ?? until - DefaultHistory;
        var samples = await cluster.GetGrain<IAttendanceGrain>(catalog.ExpoId).GetHistoryAsync(actorId, since, until);
        return TypedResults.Ok(points is { } most ? SampleThinning.Thin(samples, most) : samples);
    }
}
