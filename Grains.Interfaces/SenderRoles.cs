namespace Expo.Grains;

/// <summary>The badges a chat line can carry; the server sets them from the booth's staff list and the organiser role.</summary>
public static class SenderRoles
{
    public const string Staff = "staff";
    public const string Organiser = "organiser";
}
