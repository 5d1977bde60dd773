using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace Expo.Grains;

/// <summary>Email and password rules, shared by the Web edge and the account grain.</summary>
public static class AccountRules
{
    public const int MaxEmailLength = 254;

    // Length is what makes a password hard to guess (NIST SP 800-63B); composition rules only make people write them down.
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 128;

    /// <summary>
    /// The one spelling of an address that keys its account: trimmed, Unicode-normalised, lower case, with an
    /// internationalised domain in its ASCII form, so "Ada@Example.COM " and "ada@example.com" are one account.
    /// </summary>
    public static string NormaliseEmail(string? email)
    {
        var trimmed = (email ?? "").Trim().Normalize(NormalizationForm.FormC);
        var at = trimmed.LastIndexOf('@');
        if (trimmed.Length is 0 or > MaxEmailLength || at <= 0 || at == trimmed.Length - 1 || trimmed.Any(char.IsControl) || trimmed.Any(char.IsWhiteSpace))
        {
            throw InvalidEmail();
        }

        string domain;
        try
        {
            domain = new IdnMapping().GetAscii(trimmed[(at + 1)..]).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            throw InvalidEmail();
        }

        var normalised = $"{trimmed[..at].ToLowerInvariant()}@{domain}";
        if (normalised.Length > MaxEmailLength || !domain.Contains('.') || !MailAddress.TryCreate(normalised, out var parsed) || parsed.Address != normalised)
        {
            throw InvalidEmail();
        }

        return normalised;
    }

    public static bool IsNormalisedEmail(string? email)
    {
        try
        {
            return NormaliseEmail(email) == email;
        }
        catch (ExpoException)
        {
            return false;
        }
    }

    public static string RequirePassword(string? password, string normalisedEmail)
    {
        if (password is null || password.Length < MinPasswordLength || password.Length > MaxPasswordLength)
        {
            throw ExpoException.Invalid($"A password is {MinPasswordLength} to {MaxPasswordLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(password) || password.Any(char.IsControl))
        {
            throw ExpoException.Invalid("A password may not be only spaces or contain control characters.");
        }

        if (string.Equals(password.Trim(), normalisedEmail, StringComparison.OrdinalIgnoreCase))
        {
            throw ExpoException.Invalid("A password may not be the email address.");
        }

        return password;
    }

    private static ExpoException InvalidEmail() => ExpoException.Invalid("Enter an email address such as name@example.com.");
}
