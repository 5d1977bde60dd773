using System.Text;
using Expo.Grains.Models;

namespace Expo.Web.Leads;

/// <summary>
/// Leads as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads Chinese correctly), every cell quoted
/// as RFC 4180 says, and any cell that a spreadsheet would run as a formula prefixed with an apostrophe.
/// </summary>
public static class LeadCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "visitorId", "displayName", "email", "cardName", "organisation", "jobTitle", "cardEmail", "phone", "country",
        "rating", "note", "firstAt", "lastAt", "interactions", "kinds", "lastMessage", "consent",
    ];

    public static byte[] Write(IEnumerable<Lead> leads)
    {
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var lead in leads)
        {
            var lastMessage = lead.Interactions.LastOrDefault(i => i.Message is not null)?.Message;
            Line(text,
            [
                lead.VisitorId, lead.DisplayName, lead.Email, lead.Card?.Name, lead.Card?.Organisation, lead.Card?.JobTitle, lead.Card?.Email,
                lead.Card?.Phone, lead.Card?.Country, lead.Rating?.ToString(System.Globalization.CultureInfo.InvariantCulture), lead.Note,
                Time(lead.FirstAt), Time(lead.LastAt), lead.Interactions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Join(" ", lead.Interactions.Select(i => i.Kind).Distinct()), lastMessage,
                string.Join(" ", lead.Interactions.Select(i => $"{i.Consent.Statement}@{Time(i.Consent.At)}").Distinct()),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A cell as written: formula-safe, then quoted with inner quotes doubled.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static void Line(StringBuilder text, IEnumerable<string?> cells) =>
        text.Append(string.Join(",", cells.Select(Cell))).Append("\r\n");

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
