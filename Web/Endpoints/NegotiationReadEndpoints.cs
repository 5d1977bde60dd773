using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Negotiations;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>What the parties read of their negotiations: the list, one with its diffs, the chat, the agreement document.</summary>
public static class NegotiationReadEndpoints
{
    private const int MaxListed = 200;

    public static IEndpointRouteBuilder MapNegotiationReadEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/negotiations").WithTags("Negotiations");
        api.MapGet("/", ListAsync).WithName("ListMyNegotiations")
            .WithSummary("The signed-in user's negotiations, latest change first.");
        api.MapGet("/{negotiationId}", GetAsync).WithName("GetNegotiation")
            .WithSummary("One negotiation with every version and each version's diff against the one before.");
        api.MapGet("/{negotiationId}/messages", MessagesAsync).WithName("GetNegotiationMessages")
            .WithSummary("Up to 200 private chat lines after a sequence number.");
        api.MapGet("/{negotiationId}/agreement.html", (string negotiationId, HttpContext http, IClusterClient cluster) =>
                DocumentAsync(negotiationId, http, cluster, html: true))
            .WithName("GetAgreementPage").WithSummary("The printable bilingual agreement page, for the parties.")
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        api.MapGet("/{negotiationId}/agreement.json", (string negotiationId, HttpContext http, IClusterClient cluster) =>
                DocumentAsync(negotiationId, http, cluster, html: false))
            .WithName("GetAgreementRecord").WithSummary("The agreement's JSON record, whose SHA-256 is the content hash signed.")
            .Produces<string>(StatusCodes.Status200OK, "application/json");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<NegotiationSummary>>> ListAsync(HttpContext http, IClusterClient cluster)
    {
        var actorId = http.User.RequireAccount();
        var ids = await cluster.GetGrain<IInboxGrain>(actorId).GetNegotiationIdsAsync();
        var views = await Task.WhenAll(ids.Take(MaxListed).Select(async id =>
        {
            try
            {
                return await cluster.GetGrain<INegotiationGrain>(id).GetAsync(actorId);
            }
            catch (ExpoException refusal) when (refusal.Code is ExpoErrors.Forbidden or ExpoErrors.NotFound)
            {
                // Removed from a booth's staff since: the negotiation is no longer theirs to see.
                return null;
            }
        }));
        return TypedResults.Ok<IReadOnlyList<NegotiationSummary>>(
            [.. views.OfType<NegotiationView>().OrderByDescending(v => v.UpdatedAt).Select(v => NegotiationSummary.From(v, actorId))]);
    }

    private static async Task<Ok<NegotiationDetail>> GetAsync(string negotiationId, HttpContext http, IClusterClient cluster)
    {
        var actorId = http.User.RequireAccount();
        var grain = cluster.GetGrain<INegotiationGrain>(NegotiationRules.RequireNegotiationId(negotiationId));
        var view = await grain.GetAsync(actorId);
        var diffs = await Task.WhenAll(view.Versions.Select(v => grain.DiffAsync(actorId, v.Number)));
        return TypedResults.Ok(new NegotiationDetail(view, diffs));
    }

    private static async Task<Ok<IReadOnlyList<NegotiationChatLine>>> MessagesAsync(
        string negotiationId, long? after, HttpContext http, IClusterClient cluster)
    {
        var actorId = http.User.RequireAccount();
        var grain = cluster.GetGrain<INegotiationGrain>(NegotiationRules.RequireNegotiationId(negotiationId));
        if (after < 0)
        {
            throw ExpoException.Invalid("after is 0 or more.");
        }

        var lines = await grain.MessagesSinceAsync(actorId, after ?? 0);
        return TypedResults.Ok<IReadOnlyList<NegotiationChatLine>>([.. lines.Select(m => NegotiationChatLine.From(negotiationId, m))]);
    }

    private static async Task<IResult> DocumentAsync(string negotiationId, HttpContext http, IClusterClient cluster, bool html)
    {
        var actorId = http.User.RequireAccount();
        var grain = cluster.GetGrain<INegotiationGrain>(NegotiationRules.RequireNegotiationId(negotiationId));
        var view = await grain.GetAsync(actorId);
        var content = await grain.ReadDocumentAsync(actorId, html);
        var name = $"agreement-{negotiationId}-{view.Document!.ContentHash[..12]}.{(html ? "html" : "json")}";
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, no-store";
        if (html)
        {
            // The page is the parties' own printout: no scripts at all, only its inline print styles.
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";
            headers.ContentDisposition = $"inline; filename=\"{name}\"";
            return Results.Content(content, "text/html; charset=utf-8");
        }

        headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        return Results.Content(content, "application/json; charset=utf-8");
    }
}
