namespace Expo.Grains;

/// <summary>The roles on a booth's staff. Owners run the booth and its staff; members edit and answer for it.</summary>
public static class StaffRoles
{
    public const string Owner = "owner";
    public const string Member = "member";

    public static string Require(string? role) =>
        role is Owner or Member ? role : throw ExpoException.Invalid("A staff role is 'owner' or 'member'.");

    /// <summary>The stronger of two roles, so accepting a member invitation never demotes an owner.</summary>
    public static string Stronger(string a, string b) => a == Owner || b == Owner ? Owner : Member;
}
