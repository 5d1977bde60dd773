namespace Expo.Grains;

/// <summary>
/// Trimmed, bounded text without control characters (multi-line text keeps its line breaks and tabs), and without the
/// bidirectional controls and zero-width spaces that would make it read as something else (<see cref="InvisibleCharacters"/>).
/// </summary>
public static class TextRules
{
    public static string One(string? value, string what, int min, int max, bool multiline)
    {
        var trimmed = InvisibleCharacters.Neutralise(value ?? "").Trim();
        if (trimmed.Length < min || trimmed.Length > max)
        {
            throw ExpoException.Invalid(min > 0 ? $"{what} is {min} to {max} characters." : $"{what} is at most {max} characters.");
        }

        if (trimmed.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            throw ExpoException.Invalid($"{what} may not contain control characters.");
        }

        return trimmed;
    }

    public static string? Optional(string? value, string what, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : One(value, what, 1, max, multiline: false);
}
