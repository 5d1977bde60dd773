using System.Globalization;
using System.Security.Claims;

namespace Expo.Web.Auth;

/// <summary>The claims that tie a cookie or token to its session, so the session can be ended server-side.</summary>
public static class SessionClaims
{
    /// <summary>The session's id, shared by the cookie and the bearer token issued together.</summary>
    public const string SessionId = "expo:sid";

    /// <summary>The visitor's session epoch when the session began (<see cref="Expo.Grains.Models.SessionStanding"/>).</summary>
    public const string Epoch = "expo:epoch";

    public static string? SessionIdOf(ClaimsPrincipal user) => user.FindFirstValue(SessionId);

    /// <summary>0 for a session issued before sessions carried an epoch: ending all of a visitor's sessions ends it too.</summary>
    public static long EpochOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(Epoch), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) ? epoch : 0;

    public static string? VisitorIdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
