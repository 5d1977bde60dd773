namespace Expo.Grains;

/// <summary>
/// An invitation code is "{boothId}.{secret}": the booth id routes it to the booth grain that holds it, the secret
/// (128 random bits) is what makes it unguessable.
/// </summary>
public static class InvitationCodes
{
    public const int MaxLength = 64 + 1 + 64;

    public static string Format(string boothId, string secret) => $"{boothId}.{secret}";

    /// <summary>
    /// The handle of an invitation that its owners see and withdraw it by: derived from the secret, one way, so
    /// listing pending invitations never shows a code that could be used.
    /// </summary>
    public static string IdOf(string secret) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)))[..16];

    public static bool IsId(string? id) => id is { Length: 16 } && id.All(char.IsAsciiHexDigitLower);

    public static (string BoothId, string Secret) Parse(string? code)
    {
        var dot = code?.IndexOf('.') ?? -1;
        if (code is null || code.Length > MaxLength || dot <= 0 || dot == code.Length - 1)
        {
            throw Invalid();
        }

        var boothId = code[..dot];
        var secret = code[(dot + 1)..];
        return ExpoRules.IsSlug(boothId) && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? (boothId, secret) : throw Invalid();
    }

    public static ExpoException Invalid() =>
        ExpoException.Invalid("This invitation code is not valid: it may be mistyped, used already, expired or withdrawn.");
}
