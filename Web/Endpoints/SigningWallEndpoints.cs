using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Negotiations;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>The inbox of the signed-in user, the public signing wall and the organiser's negotiation counts.</summary>
public static class SigningWallEndpoints
{
    public static IEndpointRouteBuilder MapSigningWallEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Negotiations");
        api.MapGet("/inbox", (HttpContext http, IClusterClient cluster) => InboxAsync(http, cluster, read: null))
            .WithName("GetInbox").WithSummary("What waits for the signed-in user, with the unread count.");
        api.MapPost("/inbox/read", (NegotiationRequests.MarkRead? body, HttpContext http, IClusterClient cluster) =>
                InboxAsync(http, cluster, read: body ?? new NegotiationRequests.MarkRead()))
            .WithName("MarkInboxRead").WithSummary("Marks one negotiation's item, or every item, as seen.");
        api.MapGet("/signing-wall", WallAsync).WithName("GetSigningWall")
            .WithSummary("The agreements signed at the expo, newest first; anonymous.");
        api.MapGet("/organiser/negotiations", CountsAsync).WithName("GetNegotiationCounts")
            .WithSummary("Negotiations under way, agreements signed and negotiations ended, for organisers.");
        return app;
    }

    private static async Task<Ok<InboxView>> InboxAsync(HttpContext http, IClusterClient cluster, NegotiationRequests.MarkRead? read)
    {
        var inbox = cluster.GetGrain<IInboxGrain>(http.User.RequireAccount());
        if (read?.NegotiationId is { } id)
        {
            NegotiationRules.RequireNegotiationId(id);
        }

        return TypedResults.Ok(await (read is null ? inbox.GetAsync() : inbox.MarkReadAsync(read.NegotiationId)));
    }

    private static async Task<Ok<SigningWallView>> WallAsync(IClusterClient cluster, ExpoCatalog catalog)
    {
        var agreements = await cluster.GetGrain<ISigningWallGrain>(catalog.ExpoId).GetAgreementsAsync();
        return TypedResults.Ok(new SigningWallView([.. agreements.Reverse()], agreements.Count));
    }

    private static async Task<Ok<NegotiationCounts>> CountsAsync(HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        http.User.RequireOrganiser();
        return TypedResults.Ok(await cluster.GetGrain<ISigningWallGrain>(catalog.ExpoId).GetCountsAsync());
    }
}
