using Expo.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

public static class AuthEndpoints
{
    public sealed record GuestRequest(string? DisplayName, string? Language);

    public sealed record GuestSession(string VisitorId, string Token, string DisplayName, string Language, string CsrfToken);

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sessions");
        auth.MapPost("/guest", StartGuestAsync)
            .WithName("StartGuestSession")
            .WithSummary("Starts a guest visitor session: sets the session cookie and returns a bearer token for other clients.");
        return app;
    }

    private static async Task<Ok<GuestSession>> StartGuestAsync(GuestRequest? request, HttpContext http, GuestSessions sessions)
    {
        var (profile, session) = await sessions.StartAsync(http, request?.DisplayName, request?.Language);
        return TypedResults.Ok(new GuestSession(profile.VisitorId, session.Token, profile.DisplayName, profile.Language, session.CsrfToken));
    }
}
