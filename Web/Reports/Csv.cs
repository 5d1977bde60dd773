using System.Globalization;
using System.Text;

namespace Expo.Web.Reports;

/// <summary>
/// CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads Chinese correctly), every cell quoted as RFC 4180
/// says, and any cell that a spreadsheet would run as a formula prefixed with an apostrophe.
/// </summary>
public static class Csv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows)
        {
            Line(text, row);
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

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, IEnumerable<string?> cells) =>
        text.Append(string.Join(",", cells.Select(Cell))).Append("\r\n");
}
