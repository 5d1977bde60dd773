using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>
/// What becomes a lead and what the visitor is told when it does. The consent statements are versioned: a lead records
/// the statement id and the exact text the visitor saw, so a later rewording never changes what they agreed to.
/// </summary>
public static class LeadRules
{
    public const string Contact = "contact";
    public const string Card = "card";
    public const string Chat = "chat";
    public const string Download = "download";

    public const int MaxMessageLength = 2000;
    public const int MaxNoteLength = 2000;
    public const int MaxCardFieldLength = 120;
    public const int MaxInteractionsPerLead = 200;

    public static readonly IReadOnlyList<string> Kinds = [Contact, Card, Chat, Download];

    /// <summary>Shown next to the button that shares the visitor's details (contact request, card, brochure download).</summary>
    public static readonly LocalizedText ShareStatement = new(
        "I agree that this booth's staff receive my name, my account email and what I send here, to follow up with me.",
        "我同意本展位工作人员获取我的姓名、账户邮箱及我在此发送的内容，以便与我联系。");

    /// <summary>Shown above the chat box to signed-in visitors: their lines reach the booth's staff as a lead.</summary>
    public static readonly LocalizedText ChatStatement = new(
        "Signed in: this booth's staff see your name and chat messages and may follow up with you.",
        "已登录：本展位工作人员可以看到您的姓名和聊天消息，并可能与您联系。");

    public const string ShareStatementId = "share-details-v1";
    public const string ChatStatementId = "chat-notice-v1";

    /// <summary>The interaction a share makes, with its consent; refuses a share without consent or with bad details.</summary>
    public static LeadInteraction Interaction(LeadShare? share, DateTimeOffset now, out BusinessCard? card)
    {
        if (share is null || !Kinds.Contains(share.Kind))
        {
            throw ExpoException.Invalid($"A lead comes from one of: {string.Join(", ", Kinds)}.");
        }

        if (!share.Consented)
        {
            throw ExpoException.Invalid("Agree to share your details with the booth first (consent: true).");
        }

        var language = ExpoRules.RequireLanguage(share.Language);
        var (id, statement) = share.Kind == Chat ? (ChatStatementId, ChatStatement) : (ShareStatementId, ShareStatement);
        var consent = new LeadConsent(id, language == "zh" ? statement.Zh : statement.En, now);
        var message = share.Kind == Contact
            ? TextRules.One(share.Message, "A contact request", 1, MaxMessageLength, multiline: true)
            : share.Kind == Chat ? TextRules.One(share.Message, "A chat line", 1, ExpoRules.MaxChatTextLength, multiline: true) : null;
        card = share.Kind == Card ? RequireCard(share.Card) : share.Card is null ? null : RequireCard(share.Card);
        var mediaId = share.Kind == Download
            ? (ExpoRules.IsSlug(share.MediaId) ? share.MediaId : throw ExpoException.Invalid("A download names the brochure's id."))
            : null;
        return new LeadInteraction(share.Kind, now, message, mediaId, consent);
    }

    public static BusinessCard RequireCard(BusinessCard? card)
    {
        if (card is null)
        {
            throw ExpoException.Invalid("A card exchange carries a card.");
        }

        var email = TextRules.Optional(card.Email, "The card's email", MaxCardFieldLength);
        if (email is not null && !email.Contains('@'))
        {
            throw ExpoException.Invalid($"'{email}' is not an email address.");
        }

        return new BusinessCard(
            TextRules.One(card.Name, "The name on the card", 1, MaxCardFieldLength, multiline: false),
            TextRules.Optional(card.Organisation, "The card's organisation", MaxCardFieldLength),
            TextRules.Optional(card.JobTitle, "The card's job title", MaxCardFieldLength),
            email,
            TextRules.Optional(card.Phone, "The card's phone", MaxCardFieldLength),
            TextRules.Optional(card.Country, "The card's country", MaxCardFieldLength));
    }

    public static int? RequireRating(int? rating) =>
        rating is null or (>= 1 and <= 5) ? rating : throw ExpoException.Invalid("A rating is 1 (cold) to 5 (hot), or none.");

    public static string RequireNote(string? note) => TextRules.One(note, "A note", 0, MaxNoteLength, multiline: true);
}
