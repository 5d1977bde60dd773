using System.Globalization;
using System.Security.Claims;
using Expo.Grains;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Expo.Web.Auth;

/// <summary>
/// Starts a session for a principal: the cookie for browsers, a bearer token for other clients, and the anti-forgery
/// token that goes with the cookie. Cookie and token share one session id and the visitor's current session epoch, so
/// ending the session ends both; both expire at the same absolute moment.
/// </summary>
public sealed class SessionIssuer(
    IOptionsMonitor<BearerTokenOptions> bearer, IAntiforgery antiforgery, TimeProvider time, SessionStandings standings, IOptions<SessionOptions> options)
{
    public sealed record Issued(string Token, string CsrfToken);

    public async Task<Issued> IssueAsync(HttpContext http, ClaimsPrincipal principal)
    {
        var identity = (ClaimsIdentity)principal.Identity!;

        // A new guest has a new visitor id, whose epoch is 0; an account asks for its current one.
        var epoch = identity.AuthenticationType == "guest" ? 0 : (await standings.RefreshAsync(SessionClaims.VisitorIdOf(principal)!)).Epoch;
        identity.AddClaim(new Claim(SessionClaims.SessionId, Guid.NewGuid().ToString("N")));
        identity.AddClaim(new Claim(SessionClaims.Epoch, epoch.ToString(CultureInfo.InvariantCulture)));

        var now = time.GetUtcNow();
        var lifetime = principal.IsInRole(ExpoClaims.OrganiserRole) ? options.Value.OrganiserLifetime : options.Value.Lifetime;
        var properties = new AuthenticationProperties
        {
            IsPersistent = true,
            IssuedUtc = now,
            ExpiresUtc = now + lifetime,
            AllowRefresh = false,
        };
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, properties);

        var protector = bearer.Get(BearerTokenDefaults.AuthenticationScheme).BearerTokenProtector;
        var token = protector.Protect(new AuthenticationTicket(principal, properties, BearerTokenDefaults.AuthenticationScheme));

        // Anti-forgery tokens are bound to the user they are issued for: issue the new session's, not the caller's old one.
        http.User = principal;
        var csrf = antiforgery.GetAndStoreTokens(http).RequestToken!;
        return new Issued(token, csrf);
    }
}
