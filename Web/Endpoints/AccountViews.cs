using Expo.Grains.Models;
using Expo.Web.Auth;

namespace Expo.Web.Endpoints;

/// <summary>A session started with an email: the guest session's members plus who the visitor is in the expo.</summary>
public sealed record AccountSessionView(
    string VisitorId,
    string Token,
    string DisplayName,
    string Language,
    string CsrfToken,
    string Email,
    IReadOnlyList<string> Roles,
    IReadOnlyList<BoothRole> Booths)
{
    public static AccountSessionView From(VisitorAccount account, SessionIssuer.Issued session) => new(
        account.VisitorId, session.Token, account.DisplayName, account.Language, session.CsrfToken, account.Email, ExpoClaims.Roles(account), account.Booths);
}

/// <summary>The signed-in visitor; <c>email</c> is null for a guest.</summary>
public sealed record MeView(
    string VisitorId,
    string DisplayName,
    string Language,
    string? Email,
    IReadOnlyList<string> Roles,
    IReadOnlyList<BoothRole> Booths);
