using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>
/// Organisers grant and revoke the organiser role; every change is kept (who, when, whom). Checked here against the
/// session's role and again by the organisers grain against its roster. A revocation ends the revoked person's sessions.
/// </summary>
public static class OrganiserRoleEndpoints
{
    public sealed record OrganiserGrant(string? Email);

    public sealed record OrganiserView(string VisitorId, string? Email, string? DisplayName);

    public sealed record OrganisersView(IReadOnlyList<OrganiserView> Organisers, IReadOnlyList<OrganiserChange> Changes);

    public static IEndpointRouteBuilder MapOrganiserRoleEndpoints(this IEndpointRouteBuilder app)
    {
        var organisers = app.MapGroup("/api/organisers").WithTags("Organiser");
        organisers.MapGet("/", GetAsync)
            .WithName("GetOrganisers").WithSummary("The organisers and every grant and revocation of the role, newest first.");
        organisers.MapPost("/", GrantAsync)
            .WithName("GrantOrganiser").WithSummary("Makes the account with this email an organiser (from its next sign-in).");
        organisers.MapDelete("/{visitorId}", RevokeAsync)
            .WithName("RevokeOrganiser").WithSummary("Takes the organiser role away and ends that person's sessions; the last organiser cannot be revoked.");
        return app;
    }

    private static async Task<Ok<OrganisersView>> GetAsync(HttpContext http, IClusterClient cluster)
    {
        var actorId = http.User.RequireOrganiser();
        return TypedResults.Ok(await ViewAsync(cluster, await Roster(cluster).GetAsync(actorId)));
    }

    private static async Task<Ok<OrganisersView>> GrantAsync(OrganiserGrant? request, HttpContext http, IClusterClient cluster)
    {
        var actorId = http.User.RequireOrganiser();
        var visitorId = await cluster.GetGrain<IAccountGrain>(AccountRules.NormaliseEmail(request?.Email)).GetVisitorIdAsync()
            ?? throw ExpoException.NotFound("No account has this email.");
        return TypedResults.Ok(await ViewAsync(cluster, await Roster(cluster).GrantAsync(actorId, visitorId)));
    }

    private static async Task<Ok<OrganisersView>> RevokeAsync(string visitorId, HttpContext http, IClusterClient cluster)
    {
        var actorId = http.User.RequireOrganiser();
        if (!ExpoRules.IsSlug(visitorId))
        {
            throw ExpoException.Invalid("A visitor id is 1 to 64 characters of a-z, 0-9 and '-'.");
        }

        return TypedResults.Ok(await ViewAsync(cluster, await Roster(cluster).RevokeAsync(actorId, visitorId)));
    }

    private static IOrganisersGrain Roster(IClusterClient cluster) => cluster.GetGrain<IOrganisersGrain>(OrganiserRules.RosterKey);

    private static async Task<OrganisersView> ViewAsync(IClusterClient cluster, OrganiserRoster roster)
    {
        var accounts = await Task.WhenAll(roster.Organisers.Select(id => cluster.GetGrain<IVisitorGrain>(id).GetAccountAsync()));
        return new OrganisersView(
            [.. roster.Organisers.Zip(accounts, (id, account) => new OrganiserView(id, account?.Email, account?.DisplayName))],
            roster.Changes);
    }
}
