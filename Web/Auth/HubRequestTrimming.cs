using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Expo.Web.Auth;

/// <summary>
/// A hub WebSocket's HTTP request stays alive, with everything middleware left on it, for as long as the connection
/// is open: hours, thousands of times per node. Once the request has been authenticated, checked against revocations
/// and authorized, this keeps only what the connection reads later (its principal, as compact claims) and lets the
/// rest go: the authentication ticket and its properties, the session token in the Authorization header and the
/// cookies (the session cookie's chunks and their parsed copies). A revocation still closes the connection: the
/// session id and epoch stay among the claims.
/// </summary>
public static class HubRequestTrimming
{
    public static IApplicationBuilder UseHubRequestTrimming(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<HubConnectionOptions>>().Value;
        return !options.TrimRequest ? app : app.Use((context, next) =>
        {
            if (context.WebSockets.IsWebSocketRequest && context.Request.Path.StartsWithSegments("/hubs")
                && context.User.Identity?.IsAuthenticated == true)
            {
                Trim(context);
            }

            return next(context);
        });
    }

    private static void Trim(HttpContext context)
    {
        // Setting the user also drops the authentication result (ticket and properties) the authentication feature holds.
        context.User = CompactClaims.Of(context.User);
        var headers = context.Request.Headers;
        headers.Remove(HeaderNames.Authorization);
        if (headers.Remove(HeaderNames.Cookie) && context.Features.Get<IRequestCookiesFeature>() is not null)
        {
            // The parsed cookies hold the header's text too; reading them once more replaces the cached feature.
            context.Features.Set<IRequestCookiesFeature>(null);
            _ = context.Request.Cookies.Count;
        }
    }
}
