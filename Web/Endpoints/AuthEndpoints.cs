using Expo.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

public static class AuthEndpoints
{
    public sealed record GuestRequest(string? DisplayName, string? Language);

    public sealed record GuestSession(string VisitorId, string Token, string DisplayName, string Language);

    public sealed record Me(string VisitorId, string DisplayName, string Language);

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sessions");
        auth.MapPost("/guest", StartGuestAsync)
            .WithName("StartGuestSession")
            .WithSummary("Starts a guest visitor session: sets the session cookie and returns a bearer token for other clients.")
            .WithExpoProblems();
        auth.MapGet("/me", GetMe).RequireAuthorization()
            .WithName("GetMe").WithSummary("The signed-in visitor.").Produces(StatusCodes.Status401Unauthorized);
        return app;
    }

    private static async Task<Ok<GuestSession>> StartGuestAsync(GuestRequest? request, HttpContext http, GuestSessions sessions)
    {
        var (profile, token) = await sessions.StartAsync(http, request?.DisplayName, request?.Language);
        return TypedResults.Ok(new GuestSession(profile.VisitorId, token, profile.DisplayName, profile.Language));
    }

    private static Ok<Me> GetMe(HttpContext http)
    {
        var visitor = http.User.ToVisitor();
        return TypedResults.Ok(new Me(visitor.VisitorId, visitor.DisplayName, http.User.Language()));
    }
}
