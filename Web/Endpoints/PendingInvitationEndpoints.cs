using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>
/// A booth's invitations that nobody has accepted yet: its owners and organisers see them (never their codes) and
/// withdraw the ones they no longer want honoured.
/// </summary>
public static class PendingInvitationEndpoints
{
    public static IEndpointRouteBuilder MapPendingInvitationEndpoints(this IEndpointRouteBuilder app)
    {
        var booths = app.MapBoothGroup().WithTags("Booth staff");
        booths.MapGet("/invitations", GetPendingAsync)
            .WithName("GetPendingInvitations")
            .WithSummary("The booth's invitations nobody has accepted yet that can still be, for its owners and organisers; codes are never shown again.");
        booths.MapDelete("/invitations/{invitationId}", WithdrawAsync)
            .WithName("WithdrawInvitation")
            .WithSummary("An owner withdraws a member invitation, an organiser any: its code is refused from then on.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PendingInvitation>>> GetPendingAsync(string boothId, HttpContext http, IClusterClient cluster)
    {
        var actorId = http.User.RequireOwnerOrOrganiser(boothId);
        return TypedResults.Ok(await cluster.GetGrain<IBoothStaffGrain>(boothId).GetPendingInvitationsAsync(actorId));
    }

    private static async Task<NoContent> WithdrawAsync(
        string boothId, string invitationId, string? operationId, HttpContext http, IClusterClient cluster)
    {
        var actorId = http.User.RequireOwnerOrOrganiser(boothId);
        await cluster.GetGrain<IBoothStaffGrain>(boothId).WithdrawInvitationAsync(actorId, ExpoRules.RequireOperationId(operationId), invitationId);
        return TypedResults.NoContent();
    }
}
