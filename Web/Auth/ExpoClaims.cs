using System.Security.Claims;
using Expo.Grains;
using Expo.Grains.Models;

namespace Expo.Web.Auth;

/// <summary>
/// The roles a session carries, copied from the grains when it starts. They let the hub and the API refuse early;
/// the grains check again, so a claim that went stale (staff removed since) never grants anything.
/// </summary>
public static class ExpoClaims
{
    public const string Email = "expo:email";

    /// <summary>One per booth the visitor staffs: "{boothId}:{role}".</summary>
    public const string Booth = "expo:booth";

    public const string VisitorRole = "visitor";
    public const string ExhibitorRole = "exhibitor";
    public const string OrganiserRole = "organiser";

    public static ClaimsPrincipal Principal(VisitorAccount account) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, account.VisitorId),
            new Claim(ClaimTypes.Name, account.DisplayName),
            new Claim(ExpoAuth.LanguageClaim, account.Language),
            new Claim(Email, account.Email),
            .. Roles(account).Select(r => new Claim(ClaimTypes.Role, r)),
            .. account.Booths.Select(b => new Claim(Booth, $"{b.BoothId}:{b.Role}")),
        ],
        authenticationType: "account"));

    public static IReadOnlyList<string> Roles(VisitorAccount account) =>
    [
        VisitorRole,
        .. account.Booths.Count > 0 ? [ExhibitorRole] : Array.Empty<string>(),
        .. account.Organiser ? [OrganiserRole] : Array.Empty<string>(),
    ];

    /// <summary>The signed-in visitor's id if they hold an account; guests and anonymous callers are refused.</summary>
    public static string RequireAccount(this ClaimsPrincipal user)
    {
        var visitor = user.ToVisitor();
        return user.FindFirstValue(Email) is not null
            ? visitor.VisitorId
            : throw ExpoException.Forbidden("Register or sign in with an email address first.");
    }

    public static bool IsOrganiser(this ClaimsPrincipal user) => user.IsInRole(OrganiserRole);

    public static string? BoothRole(this ClaimsPrincipal user, string boothId) =>
        user.FindAll(Booth).Select(c => c.Value.Split(':')).FirstOrDefault(parts => parts.Length == 2 && parts[0] == boothId)?[1];

    public static string RequireStaff(this ClaimsPrincipal user, string boothId)
    {
        var visitorId = user.RequireAccount();
        return user.BoothRole(boothId) is not null ? visitorId : throw ExpoException.Forbidden("Only the booth's staff may do this.");
    }

    public static string RequireStaffOrOrganiser(this ClaimsPrincipal user, string boothId)
    {
        var visitorId = user.RequireAccount();
        return user.BoothRole(boothId) is not null || user.IsOrganiser()
            ? visitorId
            : throw ExpoException.Forbidden("Only the booth's staff and organisers may do this.");
    }

    public static string RequireOwnerOrOrganiser(this ClaimsPrincipal user, string boothId)
    {
        var visitorId = user.RequireAccount();
        return user.BoothRole(boothId) == StaffRoles.Owner || user.IsOrganiser()
            ? visitorId
            : throw ExpoException.Forbidden("Only the booth's owners and organisers may do this.");
    }

    public static string RequireOrganiser(this ClaimsPrincipal user)
    {
        var visitorId = user.RequireAccount();
        return user.IsOrganiser() ? visitorId : throw ExpoException.Forbidden("Only organisers may do this.");
    }
}
