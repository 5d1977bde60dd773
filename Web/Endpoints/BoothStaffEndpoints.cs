using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>
/// What a booth's staff and the organisers do to a booth. Each call is checked here against the session's roles and
/// again by the booth's staff grain, which holds the staff list.
/// </summary>
public static class BoothStaffEndpoints
{
    public sealed record InvitationRequest(string? OperationId, string? Role, double? ValidForHours);

    public sealed record InvitationCreated(string Code, string BoothId, string Role, DateTimeOffset ExpiresAt, string Link);

    public sealed record ProfileRequest(
        string? OperationId,
        LocalizedText? Name,
        LocalizedText? Tagline,
        LocalizedText? Description,
        IReadOnlyList<string>? Fields,
        IReadOnlyList<ContactChannel>? Contacts,
        OpeningHours? OpeningHours,
        IReadOnlyList<string>? Languages = null);

    public static IEndpointRouteBuilder MapBoothStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var booths = app.MapBoothGroup().WithTags("Booth staff");
        booths.MapPut("/profile", UpdateProfileAsync)
            .WithName("UpdateBoothProfile").WithSummary("The booth's staff replace its editable profile.");
        booths.MapPost("/invitations", CreateInvitationAsync)
            .WithName("CreateInvitation").WithSummary("An organiser invites a booth owner; a booth owner invites staff members.");
        booths.MapGet("/staff", GetStaffAsync)
            .WithName("GetBoothStaff").WithSummary("The booth's staff, for its staff and organisers.");
        booths.MapDelete("/staff/{visitorId}", RemoveStaffAsync)
            .WithName("RemoveBoothStaff").WithSummary("A booth owner removes a member; an organiser removes anyone.");
        return app;
    }

    private static async Task<Ok<BoothView>> UpdateProfileAsync(
        string boothId, ProfileRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        var edit = new BoothProfileEdit(request!.Name, request.Tagline, request.Description, request.Fields, request.Contacts, request.OpeningHours, request.Languages);
        var profile = await Booth(cluster, boothId).UpdateProfileAsync(actorId, operationId, edit);

        // The catalogue takes the new profile from the booth; this node forgets its copy, so the next read shows it.
        await cluster.GetGrain<IExpoGrain>(catalog.ExpoId).RefreshBoothAsync(boothId);
        catalog.Invalidate();
        var counts = await catalog.GetCountsAsync();
        return TypedResults.Ok(BoothView.From(profile, counts.GetValueOrDefault(boothId)));
    }

    private static async Task<Ok<InvitationCreated>> CreateInvitationAsync(
        string boothId, InvitationRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var role = StaffRoles.Require(request?.Role);
        var actorId = role == StaffRoles.Owner ? http.User.RequireOrganiser() : http.User.RequireOwnerOrOrganiser(boothId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        var hours = request?.ValidForHours ?? 24 * 7;
        if (!double.IsFinite(hours) || hours < 1 || hours > 24 * 30)
        {
            throw ExpoException.Invalid("An invitation is valid for 1 hour to 30 days (validForHours 1 to 720).");
        }

        var invitation = await Booth(cluster, boothId).CreateInvitationAsync(actorId, operationId, role, TimeSpan.FromHours(hours));
        var link = $"{http.Request.Scheme}://{http.Request.Host}/#/invitation/{Uri.EscapeDataString(invitation.Code)}";
        return TypedResults.Ok(new InvitationCreated(invitation.Code, invitation.BoothId, invitation.Role, invitation.ExpiresAt, link));
    }

    private static async Task<Ok<IReadOnlyList<BoothStaffMember>>> GetStaffAsync(
        string boothId, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaffOrOrganiser(boothId);
        return TypedResults.Ok(await Booth(cluster, boothId).GetStaffAsync(actorId));
    }

    private static async Task<NoContent> RemoveStaffAsync(
        string boothId, string visitorId, string? operationId, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireOwnerOrOrganiser(boothId);
        await Booth(cluster, boothId).RemoveStaffAsync(actorId, ExpoRules.RequireOperationId(operationId), visitorId);
        return TypedResults.NoContent();
    }

    private static IBoothStaffGrain Booth(IClusterClient cluster, string boothId) => cluster.GetGrain<IBoothStaffGrain>(boothId);
}
