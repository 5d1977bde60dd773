using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>What an announcement may say: both languages, 1 to 500 characters each, no control characters but line breaks.</summary>
public static class AnnouncementRules
{
    public const int MaxLength = 500;

    public static LocalizedText RequireText(LocalizedText? text)
    {
        var en = text?.En?.Trim();
        var zh = text?.Zh?.Trim();
        if (string.IsNullOrEmpty(en) || string.IsNullOrEmpty(zh) || en.Length > MaxLength || zh.Length > MaxLength
            || en.Any(IsForbidden) || zh.Any(IsForbidden))
        {
            throw ExpoException.Invalid($"An announcement says something in English and in Chinese, 1 to {MaxLength} characters each.");
        }

        return new LocalizedText(en, zh);
    }

    private static bool IsForbidden(char c) => char.IsControl(c) && c != '\n';
}
