using Expo.Grains;
using Expo.Web.Auth;
using Expo.Web.Passport;

namespace Expo.Web.Endpoints;

/// <summary>Changing one's password, and the one-time setup of the expo's first organiser.</summary>
public static class SessionSecurityEndpoints
{
    public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);

    public sealed record OrganiserSetupRequest(string? Code, string? Email, string? Password, string? DisplayName, string? Language);

    public static IEndpointRouteBuilder MapSessionSecurityEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sessions");
        auth.MapPost("/password", ChangePasswordAsync)
            .WithName("ChangePassword")
            .WithSummary("Replaces the signed-in account's password, given the current one: every session of the account ends, and the caller gets a new one.")
            .Produces<AccountSessionView>()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/setup-organiser", SetupOrganiserAsync)
            .WithName("SetupOrganiser")
            .WithSummary("Makes an account the expo's first organiser with the one-time setup code, and signs it in; refused once any organiser exists.")
            .Produces<AccountSessionView>()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> ChangePasswordAsync(PasswordChange? request, HttpContext http, AccountSessions accounts)
    {
        try
        {
            var (account, session) = await accounts.ChangePasswordAsync(http, request?.CurrentPassword, request?.NewPassword);
            return TypedResults.Ok(AccountSessionView.From(account, session));
        }
        catch (ExpoException refusal) when (refusal.RetryAfter is not null)
        {
            return new RetryAfterProblem(refusal);
        }
    }

    private static async Task<IResult> SetupOrganiserAsync(
        OrganiserSetupRequest? request, HttpContext http, AccountSessions accounts, IClusterClient cluster)
    {
        try
        {
            // Like any registration: a guest's stamps follow them into the organiser account, proven by the guest session.
            var guest = PassportMerge.GuestOf(http.User);
            var (account, session) = await accounts.SetupOrganiserAsync(
                http, request?.Code, request?.Email, request?.Password, request?.DisplayName, request?.Language);
            await PassportMerge.MergeAsync(cluster, guest, account.VisitorId);
            return TypedResults.Ok(AccountSessionView.From(account, session));
        }
        catch (ExpoException refusal) when (refusal.RetryAfter is not null)
        {
            return new RetryAfterProblem(refusal);
        }
    }
}
