using System.Globalization;
using System.Text;

namespace Expo.Web.Art;

/// <summary>
/// Draws the demo's sample artwork as SVG from a key alone: the key's first word picks a motif of the Silk Roads (sea
/// waves for the maritime cities, dunes for the desert road, a window lattice for the old capitals, a rosette for the
/// crafts), and a hash of the whole key picks colours and shapes, so every item has its own picture and the same one
/// on every node. No text is drawn: the picture needs no translation and carries nothing a visitor typed.
/// </summary>
public static class SilkRoadArt
{
    private static readonly string[][] Palettes =
    [
        ["#f6efe2", "#1f3b5c", "#2d5d8c", "#b5532f", "#c99a2e"],
        ["#efe2c6", "#7a2e1d", "#b5532f", "#3f7f6b", "#e0b44c"],
        ["#e7efe9", "#23473c", "#3f7f6b", "#c99a2e", "#8c3b2a"],
        ["#f3e6d8", "#3b2a4f", "#6b4c8a", "#d08a3a", "#2d5d8c"],
    ];

    /// <summary>The motifs a key may start with, as in <c>waves-licheng-old-city-walk</c>.</summary>
    public static readonly IReadOnlySet<string> Motifs = new HashSet<string>(StringComparer.Ordinal) { "waves", "dunes", "lattice", "rosette" };

    /// <summary>A motif, a hyphen and a name: the keys the catalogue uses.</summary>
    public static bool IsKey(string key) =>
        key.IndexOf('-') is > 0 and var dash && dash < key.Length - 1 && Motifs.Contains(key[..dash]);

    public static string Draw(string key)
    {
        var random = new Random(Hash(key));
        var colours = Palettes[random.Next(Palettes.Length)];
        var svg = new StringBuilder()
            .Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 320\" width=\"480\" height=\"320\">")
            .Append(Rect(0, 0, 480, 320, colours[0]));
        var motif = key.Split('-')[0];
        switch (motif)
        {
            case "waves": Waves(svg, random, colours); break;
            case "dunes": Dunes(svg, random, colours); break;
            case "lattice": Lattice(svg, random, colours); break;
            default: Rosette(svg, random, colours); break;
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Waves(StringBuilder svg, Random random, string[] c)
    {
        svg.Append(Circle(360 + random.Next(60), 80, 34 + random.Next(16), c[4]));
        svg.Append(Path($"M150 210 L210 {90 + random.Next(30)} L270 210 Z", c[3]));
        for (var row = 0; row < 5; row++)
        {
            var y = 200 + row * 26;
            var amplitude = 8 + random.Next(10);
            var d = new StringBuilder($"M0 {F(y)}");
            for (var x = 0; x < 480; x += 60)
            {
                d.Append(CultureInfo.InvariantCulture, $" q30 {F(-amplitude)} 60 0");
            }

            svg.Append(Path($"{d} V320 H0 Z", row % 2 == 0 ? c[1] : c[2]));
        }
    }

    private static void Dunes(StringBuilder svg, Random random, string[] c)
    {
        svg.Append(Circle(100 + random.Next(280), 90, 30 + random.Next(20), c[4]));
        for (var layer = 0; layer < 3; layer++)
        {
            var top = 170 + layer * 45;
            var peak = 60 + random.Next(360);
            svg.Append(Path($"M0 {F(top + 30)} Q{F(peak)} {F(top - 50 + random.Next(30))} 480 {F(top + 10)} V320 H0 Z", c[1 + layer]));
        }
    }

    private static void Lattice(StringBuilder svg, Random random, string[] c)
    {
        var step = 32 + random.Next(3) * 8;
        svg.Append(Rect(0, 0, 480, 320, c[1]));
        for (var x = -320; x < 480; x += step)
        {
            svg.Append(Line(x, 0, x + 320, 320, c[4])).Append(Line(x + 320, 0, x, 320, c[4]));
        }

        svg.Append(Circle(240, 160, 90 + random.Next(20), c[0])).Append(Circle(240, 160, 60 + random.Next(10), c[3]));
    }

    private static void Rosette(StringBuilder svg, Random random, string[] c)
    {
        svg.Append(Rect(0, 0, 480, 320, c[1]));
        var petals = 6 + random.Next(7);
        for (var i = 0; i < petals; i++)
        {
            var angle = 360.0 * i / petals;
            svg.Append(CultureInfo.InvariantCulture,
                $"<ellipse cx=\"240\" cy=\"95\" rx=\"{F(18 + random.Next(10))}\" ry=\"65\" fill=\"{(i % 2 == 0 ? c[4] : c[2])}\" transform=\"rotate({F(angle)} 240 160)\"/>");
        }

        svg.Append(Circle(240, 160, 38, c[3])).Append(Circle(240, 160, 16, c[0]));
    }

    private static int Hash(string key)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var ch in key)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }

    private static string Rect(double x, double y, double w, double h, string fill) =>
        $"<rect x=\"{F(x)}\" y=\"{F(y)}\" width=\"{F(w)}\" height=\"{F(h)}\" fill=\"{fill}\"/>";

    private static string Circle(double x, double y, double r, string fill) => $"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"{F(r)}\" fill=\"{fill}\"/>";

    private static string Line(double x1, double y1, double x2, double y2, string stroke) =>
        $"<line x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\" stroke=\"{stroke}\" stroke-width=\"3\"/>";

    private static string Path(string d, string fill) => $"<path d=\"{d}\" fill=\"{fill}\"/>";

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
