using System.Security.Claims;
using Expo.Grains;
using Expo.Grains.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Expo.Web.Auth;

/// <summary>Registration, sign-in and sign-out with an email and password; the account grain holds the credentials and decides.</summary>
public sealed class AccountSessions(IClusterClient cluster, SessionIssuer issuer, SessionStandings standings, TimeProvider time)
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

        var account = await Account(normalised).SignInAsync(password ?? "", ClientAddresses.Of(http));
        return (account, await issuer.IssueAsync(http, ExpoClaims.Principal(account)));
    }

    /// <summary>
    /// The expo's first organiser, from the one-time setup code: a new account (or an existing one, with its password)
    /// becomes an organiser, and the code is used up. Refused once any organiser exists.
    /// </summary>
    public async Task<(VisitorAccount Account, SessionIssuer.Issued Session)> SetupOrganiserAsync(
        HttpContext http, string? code, string? email, string? password, string? displayName, string? language)
    {
        var roster = cluster.GetGrain<IOrganisersGrain>(OrganiserRules.RosterKey);
        await roster.CheckSetupCodeAsync(code ?? "");
        var normalised = AccountRules.NormaliseEmail(email);
        AccountRules.RequirePassword(password, normalised);
        VisitorAccount account;
        try
        {
            account = await Account(normalised).RegisterAsync(password!, ExpoRules.RequireDisplayName(displayName), ExpoRules.RequireLanguage(language ?? "en"));
        }
        catch (ExpoException taken) when (taken.Code == ExpoErrors.Conflict)
        {
            account = await Account(normalised).SignInAsync(password!, ClientAddresses.Of(http));
        }

        await roster.RedeemSetupCodeAsync(code!, account.VisitorId);
        return await RefreshAsync(http, account.VisitorId);
    }

    /// <summary>Replaces the signed-in account's password; every session of the account ends, and the caller gets a new one.</summary>
    public async Task<(VisitorAccount Account, SessionIssuer.Issued Session)> ChangePasswordAsync(
        HttpContext http, string? currentPassword, string? newPassword)
    {
        http.User.RequireAccount();
        var email = http.User.FindFirstValue(ExpoClaims.Email)!;
        var account = await Account(email).ChangePasswordAsync(currentPassword ?? "", newPassword ?? "", ClientAddresses.Of(http));
        return (account, await issuer.IssueAsync(http, ExpoClaims.Principal(account)));
    }

    /// <summary>A new session with the roles the grains grant now, after they changed (an invitation accepted).</summary>
    public async Task<(VisitorAccount Account, SessionIssuer.Issued Session)> RefreshAsync(HttpContext http, string visitorId)
    {
        var account = await cluster.GetGrain<IVisitorGrain>(visitorId).GetAccountAsync()
            ?? throw ExpoException.Forbidden("Register or sign in with an email address first.");
        return (account, await issuer.IssueAsync(http, ExpoClaims.Principal(account)));
    }

    /// <summary>
    /// Ends the caller's session on every Web node: the cookie and the bearer token issued with it. A session from before
    /// sessions had ids cannot be told apart from the visitor's others, so they all end.
    /// </summary>
    public async Task SignOutAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true && SessionClaims.VisitorIdOf(http.User) is { } visitorId)
        {
            var sessions = cluster.GetGrain<IVisitorSessionsGrain>(visitorId);
            var expiresAt = (await http.AuthenticateAsync(ExpoAuth.Scheme)).Properties?.ExpiresUtc ?? time.GetUtcNow().AddDays(30);
            standings.Apply(SessionClaims.SessionIdOf(http.User) is { } sessionId
                ? await sessions.EndSessionAsync(sessionId, expiresAt)
                : await sessions.RevokeAllAsync("signed out"));
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private IAccountGrain Account(string normalisedEmail) => cluster.GetGrain<IAccountGrain>(normalisedEmail);
}
