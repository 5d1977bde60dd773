using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>A booth's cap: anyone reads how full it is; its staff and organisers set or clear the cap (checked here and in the grain).</summary>
public static class BoothCapacityEndpoints
{
    public sealed record CapacityRequest(string? OperationId, int? Capacity);

    public static IEndpointRouteBuilder MapBoothCapacityEndpoints(this IEndpointRouteBuilder app)
    {
        var booth = app.MapBoothGroup("/capacity").WithTags("Booth capacity");
        booth.MapGet("", GetAsync)
            .WithName("GetBoothCapacity").WithSummary("The booth's cap, the visitors inside who count toward it, and the queue length.");
        booth.MapPut("", SetAsync)
            .WithName("SetBoothCapacity").WithSummary("The booth's staff or an organiser set the cap (1 to 10000) or clear it (null).");
        return app;
    }

    private static async Task<Ok<BoothCapacity>> GetAsync(string boothId, IClusterClient cluster, ExpoCatalog catalog)
    {
        return TypedResults.Ok(await cluster.GetGrain<IBoothGrain>(boothId).GetCapacityAsync());
    }

    private static async Task<Ok<BoothCapacity>> SetAsync(
        string boothId, CapacityRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaffOrOrganiser(boothId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        var capacity = CapacityRules.Require(request!.Capacity);
        return TypedResults.Ok(await cluster.GetGrain<IBoothStaffGrain>(boothId).SetCapacityAsync(actorId, operationId, capacity));
    }
}
