using Expo.Grains;
using Expo.Web.Auth;
using Expo.Web.Passport;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

public static class AccountEndpoints
{
    public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName, string? Language, string? Invitation);

    public sealed record SignInRequest(string? Email, string? Password);

    public sealed record AntiforgeryToken(string Token, string HeaderName);

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sessions");
        auth.MapPost("/register", RegisterAsync)
            .WithName("Register")
            .WithSummary("Creates an account (optionally accepting a booth invitation) and signs it in: the session cookie plus a bearer token.");
        auth.MapPost("/sign-in", SignInAsync)
            .WithName("SignIn").WithSummary("Signs in with email and password: the session cookie plus a bearer token.")
            .Produces<AccountSessionView>().ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/sign-out", (Func<HttpContext, AccountSessions, Task<NoContent>>)SignOutAsync)
            .WithName("SignOut").WithSummary("Ends the session on every Web node: the cookie and the bearer token issued with it.");
        auth.MapGet("/antiforgery", GetAntiforgery)
            .WithName("GetAntiforgeryToken").WithSummary("The token that cookie sessions send in X-CSRF-TOKEN with state-changing requests.");
        auth.MapGet("/me", GetMeAsync)
            .WithName("GetMe").WithSummary("The signed-in visitor with their roles.");
        return app;
    }

    private static async Task<Ok<AccountSessionView>> RegisterAsync(
        RegisterRequest? request, HttpContext http, AccountSessions accounts, IClusterClient cluster)
    {
        // An invitation is checked before the account exists, so a bad code does not leave half a registration behind.
        var invitation = request?.Invitation is { Length: > 0 } code ? InvitationCodes.Parse(code) : default;
        if (invitation.BoothId is not null)
        {
            await cluster.GetGrain<IBoothStaffGrain>(invitation.BoothId).CheckInvitationAsync(invitation.Secret);
        }

        var guest = PassportMerge.GuestOf(http.User);
        var (account, session) = await accounts.RegisterAsync(http, request?.Email, request?.Password, request?.DisplayName, request?.Language);
        await PassportMerge.MergeAsync(cluster, guest, account.VisitorId);
        if (invitation.BoothId is not null)
        {
            await cluster.GetGrain<IBoothStaffGrain>(invitation.BoothId).AcceptInvitationAsync(invitation.Secret, account.VisitorId);
            (account, session) = await accounts.RefreshAsync(http, account.VisitorId);
        }

        return TypedResults.Ok(AccountSessionView.From(account, session));
    }

    private static async Task<IResult> SignInAsync(SignInRequest? request, HttpContext http, AccountSessions accounts, IClusterClient cluster)
    {
        try
        {
            var guest = PassportMerge.GuestOf(http.User);
            var (account, session) = await accounts.SignInAsync(http, request?.Email, request?.Password);
            await PassportMerge.MergeAsync(cluster, guest, account.VisitorId);
            return TypedResults.Ok(AccountSessionView.From(account, session));
        }
        catch (ExpoException refusal) when (refusal.RetryAfter is not null)
        {
            return new RetryAfterProblem(refusal);
        }
    }

    private static async Task<NoContent> SignOutAsync(HttpContext http, AccountSessions accounts)
    {
        await accounts.SignOutAsync(http);
        return TypedResults.NoContent();
    }

    private static Ok<AntiforgeryToken> GetAntiforgery(HttpContext http, IAntiforgery antiforgery) =>
        TypedResults.Ok(new AntiforgeryToken(antiforgery.GetAndStoreTokens(http).RequestToken!, CsrfProtection.HeaderName));

    internal static async Task<Ok<MeView>> GetMeAsync(HttpContext http, IClusterClient cluster)
    {
        var visitor = http.User.ToVisitor();
        var account = http.User.FindFirst(ExpoClaims.Email) is null ? null : await cluster.GetGrain<IVisitorGrain>(visitor.VisitorId).GetAccountAsync();
        return TypedResults.Ok(account is null
            ? new MeView(visitor.VisitorId, visitor.DisplayName, http.User.Language(), null, [ExpoClaims.VisitorRole], [])
            : new MeView(account.VisitorId, account.DisplayName, account.Language, account.Email, ExpoClaims.Roles(account), account.Booths));
    }
}
