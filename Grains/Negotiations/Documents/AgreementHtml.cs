using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Expo.Grains.Models;

namespace Expo.Grains.Negotiations.Documents;

/// <summary>
/// The printable, bilingual page of an agreement. Every text a user wrote goes through the HTML encoder; only the
/// fixed labels below are markup.
/// </summary>
internal static class AgreementHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(AgreementRecordJson record, string contentHash)
    {
        var terms = record.Terms;
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Cooperation agreement · 合作协议</title>
            <style>
            body{font-family:serif;max-width:48rem;margin:2rem auto;line-height:1.5}
            th{text-align:left;vertical-align:top;padding-right:1rem;white-space:nowrap}
            .sign{margin-top:2.5rem;border-top:1px solid #000;padding-top:.25rem}
            @media print{body{margin:0}}
            </style>
            </head>
            <body>
            <h1>Cooperation agreement <span lang="zh">合作协议</span></h1>
            """);
        html.Append("<h2>").Append(E(terms.Subject)).Append("</h2>\n<table>\n");
        Row(html, "Negotiation", "协商编号", E(record.NegotiationId));
        Row(html, "Expo", "博览会", E(record.ExpoId));
        Row(html, "Version", "版本", record.Version.ToString(CultureInfo.InvariantCulture));
        Row(html, "Agreed on", "达成日期", record.AgreedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        Row(html, "Field", "合作领域", E(terms.Field));
        Row(html, "Scope", "合作范围", Multiline(terms.Scope));
        foreach (var quantity in terms.Quantities)
        {
            Row(html, "Quantity", "数量", $"{E(quantity.Item)}: {quantity.Amount.ToString(CultureInfo.InvariantCulture)} {E(quantity.Unit)}");
        }

        if (terms.Value is { } value)
        {
            Row(html, "Value", "金额", $"{value.ToString("N2", CultureInfo.InvariantCulture)} {E(terms.Currency ?? "")}");
        }

        Row(html, "Term", "期限", $"{Date(terms.StartDate)} – {Date(terms.EndDate)}");
        Row(html, "Place", "地点", E(terms.Place ?? "—"));
        Row(html, "Notes", "备注", Multiline(terms.Notes ?? "—"));
        html.Append("</table>\n<h3>Parties and obligations <span lang=\"zh\">各方及义务</span></h3>\n");
        foreach (var party in record.Parties)
        {
            var obligation = terms.Obligations.FirstOrDefault(o => o.PartyId == party.PartyId)?.Text ?? "—";
            html.Append("<section>\n<h4>").Append(E(party.Name.En)).Append(" <span lang=\"zh\">").Append(E(party.Name.Zh))
                .Append("</span></h4>\n<p>").Append(Multiline(obligation)).Append("</p>\n")
                .Append("<p class=\"sign\">Signed for this party · 签署方代表</p>\n</section>\n");
        }

        html.Append("<p><small>Content hash (SHA-256) of the agreement record · 协议记录内容哈希: <code>")
            .Append(contentHash).Append("</code></small></p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string en, string zh, string encodedValue) =>
        html.Append("<tr><th>").Append(en).Append(" <span lang=\"zh\">").Append(zh).Append("</span></th><td>")
            .Append(encodedValue).Append("</td></tr>\n");

    private static string E(string text) => Encoder.Encode(text);

    private static string Multiline(string text) => E(text).Replace("&#xA;", "<br>", StringComparison.Ordinal);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
