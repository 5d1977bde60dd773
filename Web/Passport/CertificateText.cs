namespace Expo.Web.Passport;

/// <summary>
/// Fits the certificate's texts to their space without a font at hand: the server cannot measure glyphs, so it
/// estimates widths (a Chinese character is one em wide in every CJK font, Latin letters about half that) and
/// errs wide. A pavilion's Chinese name goes inside its seal's circle, on two lines when one would be too small.
/// </summary>
public static class CertificateText
{
    /// <summary>The seal's name lines, their font size and the baseline of each, relative to the circle's centre.</summary>
    public sealed record SealName(IReadOnlyList<string> Lines, double FontSize, IReadOnlyList<double> Baselines, double DateBaseline);

    private const double LineGap = 1.2;
    private const double DateSize = 15;
    private const double DateGap = 6;

    /// <summary>An estimate of how wide <paramref name="text"/> is at font size 1, never narrower than the real text.</summary>
    public static double EmWidth(string text) =>
        text.EnumerateRunes().Sum(r => r.Value < 0x80 ? (char.IsUpper((char)r.Value) || r.Value is 'm' or 'w' ? 0.75 : 0.6) : 1.0);

    /// <summary>The largest size up to <paramref name="size"/> at which <paramref name="text"/> fits <paramref name="width"/>.</summary>
    public static double FitSize(string text, double size, double width)
    {
        var em = EmWidth(text);
        return em * size <= width ? size : Math.Floor(width / em * 2) / 2;
    }

    /// <summary>
    /// Lays out <paramref name="name"/> above a date line inside a circle of radius <paramref name="radius"/>: one line
    /// at up to <paramref name="maxSize"/>, else two balanced lines, at the largest size whose every line, date included,
    /// stays inside the circle.
    /// </summary>
    public static SealName Seal(string name, double radius, double maxSize)
    {
        var best = Layout([name], radius, maxSize);
        var runes = name.EnumerateRunes().Select(r => r.ToString()).ToList();
        if (runes.Count > 3)
        {
            var split = SplitAt(runes);
            var two = Layout([string.Concat(runes.Take(split)), string.Concat(runes.Skip(split))], radius, maxSize);
            if (two.FontSize > best.FontSize)
            {
                best = two;
            }
        }

        return best;
    }

    private static SealName Layout(IReadOnlyList<string> lines, double radius, double maxSize)
    {
        for (var size = maxSize; size > 8; size -= 0.5)
        {
            // The block (name lines, a gap, the date) is centred on the circle; a line's box spans size above its baseline.
            var height = lines.Count * size * LineGap + DateGap + DateSize;
            var top = -height / 2;
            var baselines = lines.Select((_, i) => top + (i + 1) * size * LineGap - 0.2 * size).ToList();
            var date = top + height;
            var fits = baselines.Select((b, i) => Chord(radius, b - size, b + 0.2 * size) >= EmWidth(lines[i]) * size).All(f => f)
                && Chord(radius, date - DateSize, date) >= EmWidth("2000-00-00") * DateSize;
            if (fits)
            {
                return new SealName(lines, size, baselines, date);
            }
        }

        return new SealName(lines, 8, lines.Select((_, i) => (i - lines.Count / 2.0) * 10).ToList(), 20);
    }

    /// <summary>How wide the circle is across the whole band between <paramref name="top"/> and <paramref name="bottom"/>.</summary>
    private static double Chord(double radius, double top, double bottom)
    {
        var far = Math.Max(Math.Abs(top), Math.Abs(bottom));
        return far >= radius ? 0 : 2 * Math.Sqrt(radius * radius - far * far);
    }

    /// <summary>Where to break a name: near its middle, after closing punctuation rather than inside quotes.</summary>
    private static int SplitAt(List<string> runes)
    {
        var middle = (runes.Count + 1) / 2;
        for (var offset = 0; offset <= 2; offset++)
        {
            foreach (var at in new[] { middle + offset, middle - offset })
            {
                if (at > 0 && at < runes.Count && runes[at - 1] is "”" or "」" or "）" or "》" or "·")
                {
                    return at;
                }
            }
        }

        // Never start a line with closing punctuation nor end one with opening punctuation.
        return runes[middle] is "”" or "」" or "）" or "》" or "，" ? middle + 1 : runes[middle - 1] is "“" or "「" or "（" or "《" ? middle - 1 : middle;
    }
}
