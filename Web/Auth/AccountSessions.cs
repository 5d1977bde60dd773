using Expo.Grains;
using Expo.Grains.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Expo.Web.Auth;

/// <summary>Registration, sign-in and sign-out with an email and password; the account grain holds the credentials and decides.</summary>
public sealed class AccountSessions(IClusterClient cluster, SessionIssuer issuer)
{
    public async Task<(VisitorAccount Account, SessionIssuer.Issued Session)> RegisterAsync(
        HttpContext http, string? email, string? password, string? displayName, string? language)
    {
        var normalised = AccountRules.NormaliseEmail(email);
        AccountRules.RequirePassword(password, normalised);
        var account = await Account(normalised).RegisterAsync(
            password!, ExpoRules.RequireDisplayName(displayName), ExpoRules.RequireLanguage(language));
        return (account, await issuer.IssueAsync(http, ExpoClaims.Principal(account)));
    }

    public async Task<(VisitorAccount Account, SessionIssuer.Issued Session)> SignInAsync(HttpContext http, string? email, string? password)
    {
        string normalised;
        try
        {
            normalised = AccountRules.NormaliseEmail(email);
        }
        catch (ExpoException)
        {
            throw new ExpoException(ExpoErrors.Unauthorized, "The email or the password is wrong.");
        }

        var account = await Account(normalised).SignInAsync(password ?? "");
        return (account, await issuer.IssueAsync(http, ExpoClaims.Principal(account)));
    }

    /// <summary>A new session with the roles the grains grant now, after they changed (an invitation accepted).</summary>
    public async Task<(VisitorAccount Account, SessionIssuer.Issued Session)> RefreshAsync(HttpContext http, string visitorId)
    {
        var account = await cluster.GetGrain<IVisitorGrain>(visitorId).GetAccountAsync()
            ?? throw ExpoException.Forbidden("Register or sign in with an email address first.");
        return (account, await issuer.IssueAsync(http, ExpoClaims.Principal(account)));
    }

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);

    private IAccountGrain Account(string normalisedEmail) => cluster.GetGrain<IAccountGrain>(normalisedEmail);
}
