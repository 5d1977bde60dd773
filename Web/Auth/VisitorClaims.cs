using System.Security.Claims;
using Expo.Grains;
using Expo.Grains.Models;

namespace Expo.Web.Auth;

public static class VisitorClaims
{
    /// <summary>The visitor a signed-in principal stands for; refuses a session without one.</summary>
    public static VisitorRef ToVisitor(this ClaimsPrincipal? user)
    {
        var id = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user?.FindFirstValue(ClaimTypes.Name);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(name))
        {
            throw new ExpoException(ExpoErrors.Unauthorized, "Sign in as a guest first.");
        }

        return new VisitorRef(id, name);
    }

    public static string Language(this ClaimsPrincipal user) => user.FindFirstValue(ExpoAuth.LanguageClaim) ?? "en";
}
