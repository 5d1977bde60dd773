using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>
/// One email-and-password account, keyed by the normalised email (<see cref="AccountRules.NormaliseEmail"/>), so
/// an address is registered once however many Web nodes race to register it; it throttles failed sign-ins.
/// </summary>
[Alias("expo.IAccountGrain")]
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account and its visitor; <c>conflict</c> when the email is taken.</summary>
    [Alias("register")]
    Task<VisitorAccount> RegisterAsync(string password, string displayName, string language);

    /// <summary>The account's visitor with its current roles; <c>unauthorized</c> for a wrong password, <c>rate_limited</c> while locked.</summary>
    [Alias("sign-in")]
    Task<VisitorAccount> SignInAsync(string password);

    /// <summary>The configured first organiser: creates the account with this password if it is new, and makes it an organiser.</summary>
    [Alias("ensure-organiser")]
    Task<VisitorAccount> EnsureOrganiserAsync(string password, string displayName);

    /// <summary>The account's visitor id, or null when nobody registered this email.</summary>
    [Alias("visitor-id")]
    Task<string?> GetVisitorIdAsync();
}
