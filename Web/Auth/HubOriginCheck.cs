using Expo.Grains;
using Expo.Web.Endpoints;

namespace Expo.Web.Auth;

/// <summary>
/// The hub's defence against cross-site WebSockets: a browser sends the session cookie with a WebSocket or negotiate
/// request from any page, so a request to <c>/hubs</c> that a browser marks as coming from another origin is refused,
/// as on <c>/api</c>. Non-browser clients send no <c>Origin</c> and authenticate with a bearer token.
/// </summary>
public static class HubOriginCheck
{
    public static IApplicationBuilder UseHubOriginCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/hubs") && CsrfProtection.IsCrossSite(context.Request))
            {
                await ExpoProblems.From(ExpoException.Forbidden("Connections from other sites are refused.")).ExecuteAsync(context);
                return;
            }

            await next(context);
        });
}
