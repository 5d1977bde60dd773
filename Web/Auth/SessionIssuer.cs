using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Expo.Web.Auth;

/// <summary>Starts a session for a principal: the cookie for browsers, a bearer token for other clients, and the anti-forgery token that goes with the cookie.</summary>
public sealed class SessionIssuer(IOptionsMonitor<BearerTokenOptions> bearer, IAntiforgery antiforgery, TimeProvider time)
{
    public sealed record Issued(string Token, string CsrfToken);

    public async Task<Issued> IssueAsync(HttpContext http, ClaimsPrincipal principal)
    {
        var properties = new AuthenticationProperties
        {
            IsPersistent = true,
            IssuedUtc = time.GetUtcNow(),
            ExpiresUtc = time.GetUtcNow() + ExpoAuth.SessionLifetime,
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
