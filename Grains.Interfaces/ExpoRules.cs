using System.Text.RegularExpressions;

namespace Expo.Grains;

/// <summary>Input rules shared by the Web edge and the grains, so both refuse the same things the same way.</summary>
public static partial class ExpoRules
{
    public const int MaxDisplayNameLength = 40;
    public const int MaxChatTextLength = 2000;
    public const int MaxClientMessageIdLength = 64;
    public const int SnapshotMessages = 50;
    public const int ChatSincePageSize = 200;
    public const int IdempotencyWindow = 1000;

    /// <summary>The most lines one <c>SendChatBatch</c> call may carry.</summary>
    public const int ChatSendsPerCall = 256;

    [GeneratedRegex(@"^[a-z0-9-]{1,64}\z")]
    private static partial Regex SlugPattern();

    public static bool IsSlug(string? value) => value is not null && SlugPattern().IsMatch(value);

    public static string RequireBoothId(string? boothId) =>
        IsSlug(boothId) ? boothId! : throw ExpoException.Invalid("A booth id is 1 to 64 characters of a-z, 0-9 and '-'.");

    public static string RequireDisplayName(string? displayName)
    {
        var name = displayName?.Trim() ?? "";
        if (name.Length is 0 or > MaxDisplayNameLength)
        {
            throw ExpoException.Invalid($"A display name is 1 to {MaxDisplayNameLength} characters.");
        }

        if (HasControlCharacters(name))
        {
            throw ExpoException.Invalid("A display name may not contain control characters.");
        }

        // A name is shown beside others' lines and staff badges: nothing in it may reorder or hide what it shows.
        if (InvisibleCharacters.ContainsAny(name))
        {
            throw ExpoException.Invalid("A display name may not contain bidirectional controls or zero-width characters.");
        }

        return name;
    }

    public static string RequireLanguage(string? language) =>
        language is "en" or "zh" ? language : throw ExpoException.Invalid("Language is 'en' or 'zh'.");

    /// <summary>The chat text to store: checked, and without bidirectional controls or zero-width spaces.</summary>
    public static string RequireChatText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxChatTextLength)
        {
            throw ExpoException.Invalid($"A chat message is 1 to {MaxChatTextLength} characters and not only spaces.");
        }

        // Line breaks and tabs are how people format a message; every other control character is refused.
        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            throw ExpoException.Invalid("A chat message may not contain control characters.");
        }

        // Bidirectional controls and zero-width spaces are dropped rather than refused: text pasted from elsewhere
        // often carries them unseen. A line left with nothing visible is refused like an empty one.
        var neutral = InvisibleCharacters.Neutralise(text);
        if (!InvisibleCharacters.HasVisibleText(neutral))
        {
            throw ExpoException.Invalid($"A chat message is 1 to {MaxChatTextLength} characters and not only spaces.");
        }

        return neutral;
    }

    public static string RequireClientMessageId(string? clientMessageId)
    {
        if (string.IsNullOrEmpty(clientMessageId) || clientMessageId.Length > MaxClientMessageIdLength || HasControlCharacters(clientMessageId))
        {
            throw ExpoException.Invalid($"A client message id is 1 to {MaxClientMessageIdLength} printable characters.");
        }

        return clientMessageId;
    }

    /// <summary>A client-generated id that makes a retried command apply once; the same rules as a chat message id.</summary>
    public static string RequireOperationId(string? operationId)
    {
        if (string.IsNullOrEmpty(operationId) || operationId.Length > MaxClientMessageIdLength || HasControlCharacters(operationId))
        {
            throw ExpoException.Invalid($"An operation id is 1 to {MaxClientMessageIdLength} printable characters.");
        }

        return operationId;
    }

    internal static bool HasControlCharacters(string value) => value.Any(char.IsControl);
}
