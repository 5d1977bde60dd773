using System.Globalization;
using System.Text;
using Expo.Grains.Models;

namespace Expo.Web.Meetings;

/// <summary>
/// One meeting as an iCalendar file (RFC 5545): times in UTC, a UID stable per booking, text escaped and lines folded
/// at 75 octets, so calendar programs read names in any script.
/// </summary>
public static class MeetingCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(MeetingSlot slot, LocalizedText boothName, string language, Uri chatUrl, DateTimeOffset stamp)
    {
        var name = language == "zh" ? boothName.Zh : boothName.En;
        var summary = language == "zh" ? $"会面：{name}" : $"Meeting: {name}";
        var description = language == "zh"
            ? $"与 {slot.Host.DisplayName} 在展位聊天室见面：{chatUrl}"
            : $"Meet {slot.Host.DisplayName} in the booth's chat: {chatUrl}";
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Silk Road Expo//Meetings//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:{slot.Id}.{slot.BoothId}.{slot.Booker?.VisitorId}@silk-road-expo",
            $"DTSTAMP:{Utc(stamp)}",
            $"DTSTART:{Utc(slot.StartsAt)}",
            $"DTEND:{Utc(slot.EndsAt)}",
            $"SUMMARY:{Escape(summary)}",
            $"DESCRIPTION:{Escape(description)}",
            $"LOCATION:{Escape(chatUrl.ToString())}",
            $"URL:{chatUrl}",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            $"DESCRIPTION:{Escape(summary)}",
            "TRIGGER:-PT10M",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return text.ToString();
    }

    public static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT values escape backslash, semicolon and comma, and write a line break as "\n" (RFC 5545 3.3.11).</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character (3.1).</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            text.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        text.Append("\r\n");
    }
}
