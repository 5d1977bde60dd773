using System.Security.Claims;
using Expo.Grains;
using Expo.Grains.Models;

namespace Expo.Web.Auth;

/// <summary>
/// Creates guest visitors and the cookie and token that carry their session. A guest is whole in its signed session:
/// starting one writes nothing to storage, so a crowd arriving at the opening costs the cluster nothing until it
/// enters booths.
/// </summary>
public sealed class GuestSessions(SessionIssuer issuer, TimeProvider time)
{
    public async Task<(VisitorProfile Profile, SessionIssuer.Issued Session)> StartAsync(HttpContext http, string? displayName, string? language)
    {
        var name = ExpoRules.RequireDisplayName(displayName);
        var lang = ExpoRules.RequireLanguage(language);
        var visitorId = $"v-{Guid.NewGuid():N}";
        var profile = new VisitorProfile(visitorId, name, lang, time.GetUtcNow());

        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, profile.VisitorId),
                new Claim(ClaimTypes.Name, profile.DisplayName),
                new Claim(ExpoAuth.LanguageClaim, profile.Language),
                new Claim(ClaimTypes.Role, ExpoClaims.VisitorRole),
            ],
            authenticationType: "guest"));

        return (profile, await issuer.IssueAsync(http, principal));
    }
}
