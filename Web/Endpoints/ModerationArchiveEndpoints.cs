using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>Resolved reports, a page at a time: older ones live in sealed pages, and organisers can still read every one.</summary>
public static class ModerationArchiveEndpoints
{
    public static IEndpointRouteBuilder MapModerationArchiveEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/organiser/moderation").WithTags("Organiser")
            .MapGet("/reports/resolved", GetResolvedAsync).WithName("GetResolvedModerationReports")
            .WithSummary("Every resolved report, most recently resolved first, a page at a time.");
        return app;
    }

    private static async Task<Ok<ReportPage>> GetResolvedAsync(int? skip, int? take, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireOrganiser();
        return TypedResults.Ok(await cluster.GetGrain<IModerationGrain>(catalog.ExpoId).GetResolvedReportsAsync(actorId, skip ?? 0, take ?? 50));
    }
}
