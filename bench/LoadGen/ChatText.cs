using System.Buffers.Text;

namespace Expo.Bench.LoadGen;

/// <summary>A benchmark chat line carries its unique id and the <c>Stopwatch</c> timestamp it was scheduled for.</summary>
internal static class ChatText
{
    private static ReadOnlySpan<byte> Marker => " t="u8;

    public static string Format(string clientMessageId, long scheduledTimestamp) =>
        $"bench line {clientMessageId} t={scheduledTimestamp}";

    public static long ScheduledOf(ReadOnlySpan<byte> utf8)
    {
        var at = utf8.LastIndexOf(Marker);
        return at >= 0 && Utf8Parser.TryParse(utf8[(at + Marker.Length)..], out long value, out _) ? value : -1;
    }

    public static long ScheduledOf(string text)
    {
        var at = text.LastIndexOf(" t=", StringComparison.Ordinal);
        return at >= 0 && long.TryParse(text.AsSpan(at + 3), out var value) ? value : -1;
    }
}
