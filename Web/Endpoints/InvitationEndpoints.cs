using Expo.Grains;
using Expo.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

public static class InvitationEndpoints
{
    public sealed record AcceptRequest(string? Code);

    public sealed record InvitationView(string BoothId, string Role, DateTimeOffset ExpiresAt);

    public static IEndpointRouteBuilder MapInvitationEndpoints(this IEndpointRouteBuilder app)
    {
        var invitations = app.MapGroup("/api/invitations").WithTags("Booth staff");
        invitations.MapGet("/{code}", CheckAsync)
            .WithName("CheckInvitation").WithSummary("Which booth and role an invitation code offers, while it can be accepted.");
        invitations.MapPost("/accept", AcceptAsync)
            .WithName("AcceptInvitation")
            .WithSummary("Puts the signed-in account on the booth's staff and renews the session with the new role.");
        return app;
    }

    private static async Task<Ok<InvitationView>> CheckAsync(string code, IClusterClient cluster)
    {
        var (boothId, secret) = InvitationCodes.Parse(code);
        var invitation = await Booth(cluster, boothId).CheckInvitationAsync(secret);
        return TypedResults.Ok(new InvitationView(invitation.BoothId, invitation.Role, invitation.ExpiresAt));
    }

    private static async Task<Ok<AccountSessionView>> AcceptAsync(AcceptRequest? request, HttpContext http, IClusterClient cluster, AccountSessions accounts)
    {
        var visitorId = http.User.RequireAccount();
        var (boothId, secret) = InvitationCodes.Parse(request?.Code);
        await Booth(cluster, boothId).AcceptInvitationAsync(secret, visitorId);
        var (account, session) = await accounts.RefreshAsync(http, visitorId);
        return TypedResults.Ok(AccountSessionView.From(account, session));
    }

    private static IBoothStaffGrain Booth(IClusterClient cluster, string boothId) => cluster.GetGrain<IBoothStaffGrain>(boothId);
}
