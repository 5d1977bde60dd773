using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Interests;

/// <summary>A visitor (guests too) states what they came for; the expo recommends booths, and who is in them now, and says why.</summary>
public static class InterestEndpoints
{
    public sealed record InterestsRequest(IReadOnlyList<string>? Fields, IReadOnlyList<string>? Cities, IReadOnlyList<string>? Goals);

    public static IEndpointRouteBuilder MapInterestEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Recommendations");
        me.MapGet("/interests", async (HttpContext http, IClusterClient cluster) =>
                TypedResults.Ok(await Grain(cluster, http).GetAsync()))
            .WithName("GetMyInterests").WithSummary("The visitor's fields of cooperation, cities and goals (buy, partner, learn).");
        me.MapPut("/interests", SetAsync)
            .WithName("SetMyInterests").WithSummary("Replaces the visitor's interests; unknown fields, cities or goals are refused.");
        me.MapGet("/recommendations", async (HttpContext http, IClusterClient cluster, ExpoCatalog catalog) =>
                TypedResults.Ok(await Grain(cluster, http).RecommendAsync(catalog.ExpoId)))
            .WithName("GetRecommendations").WithSummary("Up to six booths matching the visitor's interests, best first, why, and their staff present now.");
        return app;
    }

    private static async Task<Ok<VisitorInterests>> SetAsync(InterestsRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var interests = new VisitorInterests(request?.Fields ?? [], request?.Cities ?? [], request?.Goals ?? []);
        return TypedResults.Ok(await Grain(cluster, http).SetAsync(catalog.ExpoId, InterestRules.Require(interests)));
    }

    private static IVisitorInterestsGrain Grain(IClusterClient cluster, HttpContext http) =>
        cluster.GetGrain<IVisitorInterestsGrain>(http.User.ToVisitor().VisitorId);
}
