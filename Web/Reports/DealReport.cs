using Expo.Grains.Models;

namespace Expo.Web.Reports;

/// <summary>
/// The negotiations under way or touched in a time range, and the agreements signed in it, as organisers take
/// them away. Parties are listed by name in both languages, separated by " | ".
/// </summary>
public static class DealReport
{
    /// <summary>Negotiations that started before the range ended and changed after it began.</summary>
    public static IReadOnlyList<NegotiationListing> Negotiations(IReadOnlyList<NegotiationListing> all, DateTimeOffset from, DateTimeOffset to) =>
        [.. all.Where(n => n.CreatedAt is null || (n.CreatedAt < to && (n.UpdatedAt ?? n.CreatedAt) >= from))];

    /// <summary>Agreements signed in the range, in signing order; one without a signing time belongs to no range.</summary>
    public static IReadOnlyList<SignedAgreement> Agreements(IReadOnlyList<SignedAgreement> all, DateTimeOffset from, DateTimeOffset to) =>
        [.. all.Where(a => a.SignedAt is { } at && at >= from && at < to).OrderBy(a => a.SignedAt)];

    public static readonly IReadOnlyList<string> NegotiationHeader =
        ["negotiationId", "status", "subject", "field", "partiesEn", "partiesZh", "boothId", "createdAt", "updatedAt"];

    public static IEnumerable<IReadOnlyList<string?>> NegotiationRows(IReadOnlyList<NegotiationListing> rows) =>
        rows.Select(n => (IReadOnlyList<string?>)
        [
            n.Id, Status(n.Status), n.Subject, n.Field, Names(n.Parties, p => p.Name.En), Names(n.Parties, p => p.Name.Zh), n.BoothId,
            n.CreatedAt is { } created ? Csv.Time(created) : null, n.UpdatedAt is { } updated ? Csv.Time(updated) : null,
        ]);

    public static readonly IReadOnlyList<string> AgreementHeader =
        ["agreementId", "subjectEn", "subjectZh", "field", "partiesEn", "partiesZh", "signedAt", "documentHash"];

    public static IEnumerable<IReadOnlyList<string?>> AgreementRows(IReadOnlyList<SignedAgreement> rows) =>
        rows.Select(a => (IReadOnlyList<string?>)
        [
            a.Id, a.Subject.En, a.Subject.Zh, a.Field, Names(a.Parties, p => p.Name.En), Names(a.Parties, p => p.Name.Zh),
            a.SignedAt is { } at ? Csv.Time(at) : null, a.DocumentHash,
        ]);

    /// <summary>The status as the JSON API spells it, so both formats read the same.</summary>
    public static string Status(NegotiationStatus status) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    private static string Names(IEnumerable<AgreementParty> parties, Func<AgreementParty, string> name) => string.Join(" | ", parties.Select(name));
}
