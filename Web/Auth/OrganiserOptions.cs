using Expo.Grains;

namespace Expo.Web.Auth;

/// <summary>The first organiser account, bound from <c>Expo:Organiser</c>; without an email there is none.</summary>
public sealed class OrganiserOptions
{
    public const string Section = "Expo:Organiser";

    public string? Email { get; set; }

    /// <summary>The password the account is created with; once it exists, changing this changes nothing.</summary>
    public string? Password { get; set; }

    public string DisplayName { get; set; } = "Expo organiser";

    public string? Validate()
    {
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
