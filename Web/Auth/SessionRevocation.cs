using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Expo.Web.Auth;

/// <summary>
/// Refuses ended sessions: a request whose cookie or token belongs to a revoked session goes on as anonymous (so it
/// gets 401 where a session is needed, the hub included), and its cookie is deleted.
/// </summary>
public static class SessionRevocation
{
    public static IApplicationBuilder UseSessionRevocation(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true
                && !await context.RequestServices.GetRequiredService<SessionStandings>().AllowsAsync(context.User))
            {
                if (!ExpoAuth.UsesBearer(context))
                {
                    await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                }

                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }

            await next(context);
        });
}
