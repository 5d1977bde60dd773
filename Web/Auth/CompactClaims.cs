using System.Security.Claims;

namespace Expo.Web.Auth;

/// <summary>
/// A principal rebuilt with the same claims, but sharing one copy of each claim type name and issuer among all
/// principals: a deserialized ticket gives every claim its own copy of a type URI such as
/// <c>http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier</c>, which a long-lived connection keeps.
/// </summary>
public static class CompactClaims
{
    private static readonly string[] KnownTypes =
    [
        ClaimTypes.NameIdentifier, ClaimTypes.Name, ClaimTypes.Role, ExpoAuth.LanguageClaim, ExpoClaims.Email, ExpoClaims.Booth,
        SessionClaims.SessionId, SessionClaims.Epoch,
    ];

    public static ClaimsPrincipal Of(ClaimsPrincipal user)
    {
        var identities = new List<ClaimsIdentity>();
        foreach (var identity in user.Identities)
        {
            var claims = new List<Claim>();
            foreach (var claim in identity.Claims)
            {
                claims.Add(new Claim(Shared(claim.Type), claim.Value, Shared(claim.ValueType), Shared(claim.Issuer), Shared(claim.OriginalIssuer)));
            }

            identities.Add(new ClaimsIdentity(claims, SharedOrNull(identity.AuthenticationType), Shared(identity.NameClaimType), Shared(identity.RoleClaimType)));
        }

        return new ClaimsPrincipal(identities);
    }

    private static string Shared(string text) => Array.Find(KnownTypes, t => t == text) ?? string.IsInterned(text) ?? text;

    private static string? SharedOrNull(string? text) => text is null ? null : Shared(text);
}
