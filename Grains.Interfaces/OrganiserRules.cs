using System.Security.Cryptography;
using System.Text;

namespace Expo.Grains;

/// <summary>The organiser roster's key and the shape of the one-time setup code.</summary>
public static class OrganiserRules
{
    public const string RosterKey = "organisers";

    /// <summary>Grants and revocations the roster keeps, newest first.</summary>
    public const int MaxChanges = 500;

    // No 0/O, 1/I/L: the code is read from a log and typed by hand.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>20 characters in four groups, about 99 bits: guessing is hopeless even without the rate limits.</summary>
    public static string NewSetupCode()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, 20);
        return string.Join('-', Enumerable.Range(0, 4).Select(i => new string(chars, i * 5, 5)));
    }

    /// <summary>Whether two codes are the same, ignoring case, spaces and dashes, in time that does not depend on where they differ.</summary>
    public static bool SameCode(string? presented, string? expected)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(expected) || presented.Length > 200)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Normalise(presented)), Encoding.UTF8.GetBytes(Normalise(expected)));
    }

    private static string Normalise(string code) => new([.. code.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant)]);
}
