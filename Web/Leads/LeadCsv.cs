using System.Globalization;
using Expo.Grains.Models;
using Expo.Web.Reports;

namespace Expo.Web.Leads;

/// <summary>Leads as CSV for a spreadsheet, one row per visitor, with the consent each interaction was shared under.</summary>
public static class LeadCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "visitorId", "displayName", "email", "cardName", "organisation", "jobTitle", "cardEmail", "phone", "country",
        "rating", "note", "firstAt", "lastAt", "interactions", "kinds", "lastMessage", "consent",
    ];

    public static byte[] Write(IEnumerable<Lead> leads) => Csv.Write(Header, leads.Select(Row));

    private static IReadOnlyList<string?> Row(Lead lead)
    {
        var lastMessage = lead.Interactions.LastOrDefault(i => i.Message is not null)?.Message;
        return
        [
            lead.VisitorId, lead.DisplayName, lead.Email, lead.Card?.Name, lead.Card?.Organisation, lead.Card?.JobTitle, lead.Card?.Email,
            lead.Card?.Phone, lead.Card?.Country, lead.Rating?.ToString(CultureInfo.InvariantCulture), lead.Note,
            Csv.Time(lead.FirstAt), Csv.Time(lead.LastAt), lead.Interactions.Count.ToString(CultureInfo.InvariantCulture),
            string.Join(" ", lead.Interactions.Select(i => i.Kind).Distinct()), lastMessage,
            string.Join(" ", lead.Interactions.Select(i => $"{i.Consent.Statement}@{Csv.Time(i.Consent.At)}").Distinct()),
        ];
    }
}
