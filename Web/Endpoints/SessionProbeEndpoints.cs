using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>
/// <c>GET /api/auth/session</c>: who the caller is, or <c>null</c>, always with 200. A page asks this on a first visit,
/// where "nobody yet" is the normal answer and not an error for the browser to log (<c>/api/auth/me</c> answers 401).
/// </summary>
public static class SessionProbeEndpoints
{
    public static IEndpointRouteBuilder MapSessionProbeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/auth/session", ProbeAsync).WithTags("Sessions").AllowAnonymous()
            .WithName("GetSession").WithSummary("The signed-in visitor with their roles, or null without a session; anonymous.");
        return app;
    }

    private static async Task<Ok<SessionView>> ProbeAsync(HttpContext http, IClusterClient cluster) =>
        TypedResults.Ok(new SessionView(http.User.Identity?.IsAuthenticated == true ? (await AccountEndpoints.GetMeAsync(http, cluster)).Value : null));
}

/// <summary>The answer of <c>GET /api/auth/session</c>.</summary>
public sealed record SessionView(MeView? User);
