using System.Security.Claims;

namespace Expo.Web.Auth;

/// <summary>
/// Refuses ended sessions: a request whose cookie or token belongs to a revoked session goes on as anonymous (so it
/// gets 401 where a session is needed, the hub included). The browser's cookie is left alone: it is useless now, and a
/// newer one may have replaced it while this request was on its way.
/// </summary>
public static class SessionRevocation
{
    public static IApplicationBuilder UseSessionRevocation(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true
                && !await context.RequestServices.GetRequiredService<SessionStandings>().AllowsAsync(context.User))
            {
                // The cookie is refused, not deleted: a request that carried it (a hub reconnecting, a fetch in flight)
                // may be answered after the same browser got a new session, and deleting would sign that browser out.
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }

            await next(context);
        });
}
