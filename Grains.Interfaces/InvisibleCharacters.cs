namespace Expo.Grains;

/// <summary>
/// Characters that change how the text around them is shown without being seen themselves: bidirectional controls,
/// which reorder a name or a line so that it reads as something else, and zero-width characters, which make two
/// different names look alike. Display names refuse them; chat text loses them.
/// </summary>
public static class InvisibleCharacters
{
    /// <summary>Embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks U+200E, U+200F, U+061C.</summary>
    public static bool IsBidiControl(char c) =>
        c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>U+200B–200D, U+2060 and U+FEFF.</summary>
    public static bool IsZeroWidth(char c) => c is (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF';

    public static bool IsInvisible(char c) => IsBidiControl(c) || IsZeroWidth(c);

    public static bool ContainsAny(string value) => value.Any(IsInvisible);

    /// <summary>
    /// The text without bidirectional controls and zero-width spaces. The joiners U+200C and U+200D stay: emoji
    /// sequences and Persian and Indic scripts need them, and they cannot reorder text.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Any(c => IsInvisible(c) && !IsJoiner(c)) ? string.Concat(text.Where(c => !IsInvisible(c) || IsJoiner(c))) : text;

    /// <summary>Whether anything would be seen: not only spaces and joiners.</summary>
    public static bool HasVisibleText(string text) => text.Any(c => !char.IsWhiteSpace(c) && !IsInvisible(c));

    private static bool IsJoiner(char c) => c is '\u200C' or '\u200D';
}
