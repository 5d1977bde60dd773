using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Negotiations;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using R = Expo.Web.Negotiations.NegotiationRequests;

namespace Expo.Web.Endpoints;

/// <summary>
/// The negotiation commands, for signed-in users with an account. Each carries an operation id and answers the
/// grain's receipt; the grain checks the party, its turn and the state again, and applies a repeated id once.
/// </summary>
public static class NegotiationEndpoints
{
    public static IEndpointRouteBuilder MapNegotiationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/negotiations").WithTags("Negotiations");
        api.MapPost("/", StartAsync).WithName("StartNegotiation")
            .WithSummary("Asks a booth to negotiate, as oneself or for a booth one staffs.");
        Command<R.Answer>(api, "accept-request", "AcceptNegotiationRequest", "An invited party accepts the request.",
            (g, actor, b) => g.AcceptRequestAsync(actor, Op(b.OperationId)));
        Command<R.Answer>(api, "decline-request", "DeclineNegotiationRequest", "An invited party declines the request.",
            (g, actor, b) => g.DeclineRequestAsync(actor, Op(b.OperationId), b.Reason));
        Command<R.Propose>(api, "propose", "ProposeTerms", "A party puts terms on the table.",
            (g, actor, b) => g.ProposeAsync(actor, Op(b.OperationId), b.BasedOnVersion, b.Terms!));
        Command<R.Counter>(api, "counter", "CounterTerms", "A party answers a version with changed terms.",
            (g, actor, b) => g.CounterAsync(actor, Op(b.OperationId), b.Version, b.Terms!));
        Command<R.OnVersion>(api, "accept-terms", "AcceptTerms", "A party accepts a version.",
            (g, actor, b) => g.AcceptTermsAsync(actor, Op(b.OperationId), b.Version));
        Command<R.OnVersion>(api, "reject-terms", "RejectTerms", "A party rejects a version.",
            (g, actor, b) => g.RejectTermsAsync(actor, Op(b.OperationId), b.Version, b.Reason));
        Command<R.Answer>(api, "withdraw", "WithdrawFromNegotiation", "A party walks away.",
            (g, actor, b) => g.WithdrawAsync(actor, Op(b.OperationId), b.Reason));
        Command<R.Sign>(api, "sign", "SignAgreement", "A signatory signs the agreement document with that content hash.",
            (g, actor, b) => g.SignAsync(actor, Op(b.OperationId), b.ContentHash!));
        Command<R.Message>(api, "messages", "PostNegotiationMessage", "A party member writes in the private chat.",
            (g, actor, b) => g.PostMessageAsync(actor, Op(b.OperationId), b.Text!));
        return app;
    }

    private static async Task<Created<NegotiationReceipt>> StartAsync(
        R.Start? body, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireAccount();
        var operationId = Op(body?.OperationId);
        var parties = await NegotiationParties.ForAsync(cluster, catalog, http.User, ExpoRules.RequireBoothId(body!.BoothId), body.AsBoothId);
        var id = NegotiationParties.NegotiationId(actorId, operationId);
        var request = new NegotiationRequest(
            catalog.ExpoId, parties, body.Subject!, body.Field!, body.BoothId, body.CatalogueItemId, body.Deadline);
        var receipt = await cluster.GetGrain<INegotiationGrain>(id).RequestAsync(actorId, operationId, request);
        return TypedResults.Created($"/api/negotiations/{id}", receipt);
    }

    private static void Command<TBody>(
        RouteGroupBuilder api, string action, string name, string summary, Func<INegotiationGrain, string, TBody, Task<NegotiationReceipt>> run)
        where TBody : class =>
        api.MapPost($"/{{negotiationId}}/{action}", async Task<Ok<NegotiationReceipt>> (string negotiationId, TBody? body, HttpContext http, IClusterClient cluster) =>
        {
            var actorId = http.User.RequireAccount();
            NegotiationRules.RequireNegotiationId(negotiationId);
            var grain = cluster.GetGrain<INegotiationGrain>(negotiationId);
            return TypedResults.Ok(await run(grain, actorId, body ?? throw ExpoException.Invalid("The request body is missing.")));
        }).WithName(name).WithSummary(summary);

    private static string Op(string? operationId) => NegotiationRules.RequireOperationId(operationId);
}
