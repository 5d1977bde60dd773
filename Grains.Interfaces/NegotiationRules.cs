using System.Text.RegularExpressions;
using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>What negotiation input must satisfy, shared by the Web edge and the grain so both refuse alike.</summary>
public static partial class NegotiationRules
{
    public const int MinParties = 2;
    public const int MaxParties = 12;
    public const int MaxMembersPerParty = 50;
    public const int MaxSubjectLength = 200;
    public const int MaxScopeLength = 4000;
    public const int MaxNotesLength = 4000;
    public const int MaxPlaceLength = 200;
    public const int MaxObligationLength = 2000;
    public const int MaxReasonLength = 500;
    public const int MaxQuantities = 20;
    public const int MaxItemLength = 100;
    public const int MaxVersions = 200;
    public const int MaxMessages = 2000;
    public const int MessagesPageSize = 200;

    [GeneratedRegex(@"^(org:)?[a-z0-9-]{1,64}\z")]
    private static partial Regex PartyIdPattern();

    [GeneratedRegex(@"^[0-9a-f]{64}\z")]
    private static partial Regex HashPattern();

    public static bool IsPartyId(string? value) => value is not null && PartyIdPattern().IsMatch(value);

    public static string RequireNegotiationId(string? id) =>
        ExpoRules.IsSlug(id) ? id! : throw ExpoException.Invalid("A negotiation id is 1 to 64 characters of a-z, 0-9 and '-'.");

    public static string RequireOperationId(string? operationId)
    {
        if (string.IsNullOrEmpty(operationId) || operationId.Length > ExpoRules.MaxClientMessageIdLength || operationId.Any(char.IsControl))
        {
            throw ExpoException.Invalid($"An operation id is 1 to {ExpoRules.MaxClientMessageIdLength} printable characters.");
        }

        return operationId;
    }

    public static string RequireActorId(string? actorId) =>
        string.IsNullOrWhiteSpace(actorId) || actorId.Length > 128 || actorId.Any(char.IsControl)
            ? throw ExpoException.Invalid("The acting user's id is missing or malformed.")
            : actorId;

    public static string RequireHash(string? hash) =>
        hash is not null && HashPattern().IsMatch(hash) ? hash : throw ExpoException.Invalid("A content hash is 64 lowercase hex digits (SHA-256).");

    public static string? OptionalText(string? text, int maxLength, string what) =>
        string.IsNullOrWhiteSpace(text) ? null : RequireText(text, maxLength, what);

    public static string RequireText(string? text, int maxLength, string what)
    {
        // Dropped, as in booth chat: pasted text often carries them unseen, and they could make a line read otherwise.
        var trimmed = InvisibleCharacters.Neutralise(text ?? "").Trim();
        if (trimmed.Length is 0 || trimmed.Length > maxLength || !InvisibleCharacters.HasVisibleText(trimmed))
        {
            throw ExpoException.Invalid($"{what} is 1 to {maxLength} characters and not only spaces.");
        }

        // Line breaks and tabs format longer texts; every other control character is refused.
        if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            throw ExpoException.Invalid($"{what} may not contain control characters.");
        }

        return trimmed;
    }

    public static NegotiationRequest Validate(NegotiationRequest request)
    {
        if (!ExpoRules.IsSlug(request.ExpoId))
        {
            throw ExpoException.Invalid("An expo id is a slug.");
        }

        if (request.BoothId is not null && !ExpoRules.IsSlug(request.BoothId))
        {
            throw ExpoException.Invalid("A booth id is 1 to 64 characters of a-z, 0-9 and '-'.");
        }

        return request with
        {
            Parties = ValidateParties(request.Parties),
            Subject = RequireText(request.Subject, MaxSubjectLength, "A subject"),
            Field = ExpoRules.IsSlug(request.Field) ? request.Field : throw ExpoException.Invalid("A field is a field id such as 'tourism'."),
            CatalogueItemId = OptionalText(request.CatalogueItemId, 64, "A catalogue item id"),
        };
    }

    private static IReadOnlyList<NegotiationParty> ValidateParties(IReadOnlyList<NegotiationParty>? parties)
    {
        if (parties is null || parties.Count is < MinParties or > MaxParties)
        {
            throw ExpoException.Invalid($"A negotiation has {MinParties} to {MaxParties} parties.");
        }

        var users = new HashSet<string>();
        var ids = new HashSet<string>();
        var result = new List<NegotiationParty>();
        foreach (var party in parties)
        {
            if (!IsPartyId(party.PartyId) || !ids.Add(party.PartyId))
            {
                throw ExpoException.Invalid($"Party id '{party.PartyId}' is not a booth id or 'org:<slug>', or is named twice.");
            }

            var members = party.Members?.Select(RequireActorId).Distinct().ToList() ?? [];
            var signatories = party.Signatories?.Select(RequireActorId).Distinct().ToList() ?? [];
            if (members.Count is 0 or > MaxMembersPerParty || signatories.Count == 0 || signatories.Except(members).Any())
            {
                throw ExpoException.Invalid($"Party '{party.PartyId}' needs 1 to {MaxMembersPerParty} members and at least one signatory among them.");
            }

            // A user in two parties could not say which one they act for.
            if (members.Any(m => !users.Add(m)))
            {
                throw ExpoException.Invalid("A user belongs to one party of a negotiation at most.");
            }

            var name = new LocalizedText(
                RequireText(party.Name?.En, MaxSubjectLength, "A party's English name"),
                RequireText(party.Name?.Zh, MaxSubjectLength, "A party's Chinese name"));
            result.Add(new NegotiationParty(party.PartyId, name, members, signatories));
        }

        return result;
    }
}
