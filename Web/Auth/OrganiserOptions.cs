using Expo.Grains;

namespace Expo.Web.Auth;

/// <summary>
/// The first organiser, bound from <c>Expo:Organiser</c>: a demo account from <see cref="Email"/> and
/// <see cref="Password"/>, or, without an email, whoever redeems the one-time setup code first.
/// </summary>
public sealed class OrganiserOptions
{
    public const string Section = "Expo:Organiser";

    public string? Email { get; set; }

    /// <summary>The password the account is created with; once it exists, changing this changes nothing.</summary>
    public string? Password { get; set; }

    public string DisplayName { get; set; } = "Expo organiser";

    /// <summary>The one-time setup code to accept; without one, the cluster generates one and every Web node logs it.</summary>
    public string? SetupCode { get; set; }

    public string? Validate()
    {
        if (SetupCode is { } code && code.Trim().Length is < 12 or > 100)
        {
            return "Expo:Organiser:SetupCode must be 12 to 100 characters.";
        }

        if (string.IsNullOrWhiteSpace(Email))
        {
            return null;
        }

        try
        {
            AccountRules.RequirePassword(Password, AccountRules.NormaliseEmail(Email));
            ExpoRules.RequireDisplayName(DisplayName);
            return null;
        }
        catch (ExpoException refusal)
        {
            return $"Expo:Organiser: {refusal.Message}";
        }
    }
}
