using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>
/// One email-and-password account, keyed by the normalised email (<see cref="AccountRules.NormaliseEmail"/>), so
/// an address is registered once however many Web nodes race to register it; it throttles wrong passwords per client
/// address, so a guesser never locks the owner out.
/// </summary>
[Alias("expo.IAccountGrain")]
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account and its visitor; <c>conflict</c> when the email is taken.</summary>
    [Alias("register")]
    Task<VisitorAccount> RegisterAsync(string password, string displayName, string language);

    /// <summary>
    /// The account's visitor with its current roles; <c>unauthorized</c> for a wrong password, <c>rate_limited</c> (with
    /// <see cref="ExpoException.RetryAfter"/>) while <paramref name="clientAddress"/> must wait after too many wrong ones.
    /// </summary>
    [Alias("sign-in-from")]
    Task<VisitorAccount> SignInAsync(string password, string clientAddress);

    /// <summary>Replaces the password, given the current one (throttled like a sign-in), and ends every session of the account.</summary>
    [Alias("change-password")]
    Task<VisitorAccount> ChangePasswordAsync(string currentPassword, string newPassword, string clientAddress);

    /// <summary>
    /// The configured first organiser: creates the account with this password if it is new, and makes it an organiser
    /// (<see cref="IOrganisersGrain.AddConfiguredAsync"/>). An existing account must have this password (<c>forbidden</c>
    /// otherwise): whoever registered the address first does not become an organiser by it.
    /// </summary>
    [Alias("ensure-organiser")]
    Task<VisitorAccount> EnsureOrganiserAsync(string password, string displayName);

    /// <summary>The account's visitor id, or null when nobody registered this email.</summary>
    [Alias("visitor-id")]
    Task<string?> GetVisitorIdAsync();
}
