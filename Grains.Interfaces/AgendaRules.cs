using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>What a session and a question may hold. The hub and the API check these, and the grains again.</summary>
public static class AgendaRules
{
    /// <summary>The place of sessions on the expo's main stage; any other place is a pavilion id.</summary>
    public const string MainStage = "main-stage";

    /// <summary>The expo's own time zone: the agenda shows it next to the reader's.</summary>
    public const string ExpoTimeZone = "Asia/Shanghai";

    public const int MaxTitle = 160;
    public const int MaxDescription = 2000;
    public const int MaxSpeakers = 20;
    public const int MaxQuestion = 300;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(12);

    public static readonly IReadOnlyList<string> ModerationActions = ["answered", "unanswered", "hidden", "shown"];

    /// <summary>The key of a session's Q&amp;A grain: sessions are unique within their expo.</summary>
    public static string QnaKey(string expoId, string sessionId) => $"{expoId}/{sessionId}";

    public static string RequireSessionId(string? sessionId) =>
        ExpoRules.IsSlug(sessionId) ? sessionId! : throw ExpoException.Invalid("A session id is 1 to 64 of a-z, 0-9 and '-'.");

    /// <summary>The draft, trimmed; refuses anything out of bounds. The place is checked against the expo's pavilions by the grain.</summary>
    public static AgendaSessionDraft RequireDraft(AgendaSessionDraft? draft)
    {
        if (draft is null)
        {
            throw ExpoException.Invalid("A session needs a title, a description, a start, an end and a place.");
        }

        var title = Both(draft.Title, "The title", 1, MaxTitle, multiline: false);
        var description = Both(draft.Description, "The description", 1, MaxDescription, multiline: true);
        if (draft.StartsAt == default || draft.EndsAt == default || draft.EndsAt <= draft.StartsAt)
        {
            throw ExpoException.Invalid("A session ends after it starts.");
        }

        if (draft.EndsAt - draft.StartsAt > MaxDuration)
        {
            throw ExpoException.Invalid($"A session lasts at most {MaxDuration.TotalHours} hours.");
        }

        var place = draft.Place == MainStage || ExpoRules.IsSlug(draft.Place)
            ? draft.Place
            : throw ExpoException.Invalid("The place is a pavilion id or 'main-stage'.");
        var speakers = draft.Speakers ?? [];
        if (speakers.Count > MaxSpeakers)
        {
            throw ExpoException.Invalid($"A session has at most {MaxSpeakers} speakers.");
        }

        return new AgendaSessionDraft(
            title, description, draft.StartsAt.ToUniversalTime(), draft.EndsAt.ToUniversalTime(), place,
            [.. speakers.Select(RequireSpeaker)], RequireStreamUrl(draft.StreamUrl));
    }

    /// <summary>An absolute https link (a stream or a video), or null for none; any other scheme is refused.</summary>
    public static string? RequireStreamUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        if (trimmed.Length > 500 || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || string.IsNullOrEmpty(uri.Host) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw ExpoException.Invalid("The stream or video link is an https:// address of at most 500 characters.");
        }

        return uri.AbsoluteUri;
    }

    public static string RequireQuestion(string? text) => TextRules.One(text, "A question", 1, MaxQuestion, multiline: false);

    public static string RequireModeration(string? action) =>
        action is not null && ModerationActions.Contains(action)
            ? action
            : throw ExpoException.Invalid("The action is one of answered, unanswered, hidden, shown.");

    private static AgendaSpeaker RequireSpeaker(AgendaSpeaker? speaker)
    {
        if (speaker is null)
        {
            throw ExpoException.Invalid("A speaker has a name.");
        }

        var accountId = speaker.AccountId is null || ExpoRules.IsSlug(speaker.AccountId)
            ? speaker.AccountId
            : throw ExpoException.Invalid("A speaker's account id is a visitor id.");
        return new AgendaSpeaker(
            TextRules.One(speaker.Name, "A speaker's name", 1, 100, multiline: false),
            TextRules.Optional(speaker.Organisation, "A speaker's organisation", 200),
            Optional(speaker.Role, "A speaker's role", 200, multiline: false),
            Optional(speaker.Bio, "A speaker's biography", 1000, multiline: true),
            accountId,
            Optional(speaker.OrganisationName, "A speaker's organisation", 200, multiline: false));
    }

    private static LocalizedText Both(LocalizedText? text, string what, int min, int max, bool multiline) =>
        new(TextRules.One(text?.En, $"{what} in English", min, max, multiline), TextRules.One(text?.Zh, $"{what} in Chinese", min, max, multiline));

    private static LocalizedText? Optional(LocalizedText? text, string what, int max, bool multiline) =>
        text is null || (string.IsNullOrWhiteSpace(text.En) && string.IsNullOrWhiteSpace(text.Zh))
            ? null
            : Both(text, what, 1, max, multiline);
}
