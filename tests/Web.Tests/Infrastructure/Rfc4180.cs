using System.Text;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>Reads CSV the way RFC 4180 defines it (quoted cells, doubled quotes, line breaks inside quotes), as a spreadsheet would.</summary>
public static class Rfc4180
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        Assert.False(quoted, "The CSV ends inside a quoted cell.");
        Assert.True(cell.Length == 0 && row.Count == 0, "The CSV's last line does not end with CRLF.");
        return rows;
    }
}
