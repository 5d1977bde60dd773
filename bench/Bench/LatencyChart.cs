using System.Globalization;
using System.Net;
using System.Text;

namespace Expo.Bench;

/// <summary>An SVG chart per size: p99 (solid) and p50 (dashed) chat latency against offered deliveries/s, log-log, both systems.</summary>
public static class LatencyChart
{
    private const int PanelWidth = 460;
    private const int PanelHeight = 340;
    private const int Left = 64;
    private const int Right = 16;
    private const int Top = 40;
    private const int Bottom = 52;

    private static readonly Dictionary<string, string> Colours = new() { ["expo"] = "#c0392b", ["baseline"] = "#2471a3" };

    public static string Render(RunResult run)
    {
        var sizes = run.Results.GroupBy(r => (r.Visitors, r.Booths)).ToList();
        var width = Math.Max(1, sizes.Count) * PanelWidth;
        var height = PanelHeight + 40;
        var svg = new StringBuilder();
        svg.AppendLine(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>");
        for (var i = 0; i < sizes.Count; i++)
        {
            Panel(svg, i * PanelWidth, sizes[i].Key, [.. sizes[i]], run.Options.P99LimitMs, run.Options.Mode);
        }

        // Legend under the panels.
        var x = 20.0;
        var y = PanelHeight + 22;
        foreach (var (system, colour) in Colours.Where(c => run.Results.Any(r => r.System == c.Key)))
        {
            Line(svg, x, y, x + 28, y, colour, solid: true);
            Text(svg, x + 34, y + 4, $"{system} p99", "start");
            Line(svg, x + 110, y, x + 138, y, colour, solid: false);
            Text(svg, x + 144, y + 4, $"{system} p50", "start");
            x += 250;
        }

        Line(svg, x, y, x + 28, y, "#888", solid: false);
        Text(svg, x + 34, y + 4, $"p99 limit {run.Options.P99LimitMs:F0} ms", "start");
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, double offsetX, (int Visitors, int Booths) size, List<SizeResult> results, double limit, string mode)
    {
        var steps = results.SelectMany(r => r.Steps).ToList();
        var plotLeft = offsetX + Left;
        var plotRight = offsetX + PanelWidth - Right;
        var plotTop = (double)Top;
        var plotBottom = (double)(PanelHeight - Bottom);
        Text(svg, (plotLeft + plotRight) / 2, 20, $"{size.Visitors:N0} visitors / {size.Booths} booths ({mode} clients)", "middle", bold: true);
        if (steps.Count == 0)
        {
            Text(svg, (plotLeft + plotRight) / 2, (plotTop + plotBottom) / 2, "no data", "middle");
            return;
        }

        var (xMin, xMax) = Decades(steps.Min(s => s.OfferedDeliveriesPerSecond), steps.Max(s => s.OfferedDeliveriesPerSecond));
        var (yMin, yMax) = Decades(Math.Max(0.1, steps.Min(s => s.Latency.P50)), Math.Max(limit * 2, steps.Max(s => s.Latency.P99)));
        double X(double v) => plotLeft + ((Math.Log10(v) - Math.Log10(xMin)) / (Math.Log10(xMax) - Math.Log10(xMin)) * (plotRight - plotLeft));
        double Y(double v) => plotBottom - ((Math.Log10(Math.Max(v, yMin)) - Math.Log10(yMin)) / (Math.Log10(yMax) - Math.Log10(yMin)) * (plotBottom - plotTop));

        svg.AppendLine(CultureInfo.InvariantCulture, $"<rect x=\"{plotLeft:F1}\" y=\"{plotTop:F1}\" width=\"{plotRight - plotLeft:F1}\" height=\"{plotBottom - plotTop:F1}\" fill=\"none\" stroke=\"#333\"/>");
        for (var v = xMin; v <= xMax * 1.001; v *= 10)
        {
            Line(svg, X(v), plotTop, X(v), plotBottom, "#e5e5e5", solid: true);
            Text(svg, X(v), plotBottom + 16, Short(v), "middle");
        }

        for (var v = yMin; v <= yMax * 1.001; v *= 10)
        {
            Line(svg, plotLeft, Y(v), plotRight, Y(v), "#e5e5e5", solid: true);
            Text(svg, plotLeft - 6, Y(v) + 4, Short(v), "end");
        }

        Line(svg, plotLeft, Y(limit), plotRight, Y(limit), "#888", solid: false);
        Text(svg, (plotLeft + plotRight) / 2, plotBottom + 36, "offered chat deliveries per second (log)", "middle");
        svg.AppendLine(CultureInfo.InvariantCulture,
            $"<text x=\"{offsetX + 16:F1}\" y=\"{(plotTop + plotBottom) / 2:F1}\" text-anchor=\"middle\" transform=\"rotate(-90 {offsetX + 16:F1} {(plotTop + plotBottom) / 2:F1})\">latency ms (log)</text>");

        foreach (var result in results)
        {
            var colour = Colours.GetValueOrDefault(result.System, "#555");
            foreach (var (pick, solid) in new (Func<StepResult, double>, bool)[] { (s => s.Latency.P99, true), (s => s.Latency.P50, false) })
            {
                var points = result.Steps.Where(s => s.Latency.Count > 0).Select(s => $"{X(s.OfferedDeliveriesPerSecond):F1},{Y(pick(s)):F1}").ToList();
                if (points.Count == 0)
                {
                    continue;
                }

                svg.AppendLine(CultureInfo.InvariantCulture,
                    $"<polyline points=\"{string.Join(' ', points)}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{(solid ? "" : " stroke-dasharray=\"5 4\"")}/>");
                foreach (var point in points)
                {
                    var xy = point.Split(',');
                    svg.AppendLine(CultureInfo.InvariantCulture, $"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"2.5\" fill=\"{colour}\"/>");
                }
            }
        }
    }

    private static (double Min, double Max) Decades(double min, double max) =>
        (Math.Pow(10, Math.Floor(Math.Log10(Math.Max(min, 1e-3)))), Math.Pow(10, Math.Ceiling(Math.Log10(Math.Max(max, min * 10)))));

    private static string Short(double v) => v switch
    {
        >= 1e6 => $"{v / 1e6:0.#}M",
        >= 1e3 => $"{v / 1e3:0.#}k",
        >= 1 => v.ToString("0", CultureInfo.InvariantCulture),
        _ => v.ToString("0.###", CultureInfo.InvariantCulture),
    };

    private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2, string colour, bool solid) =>
        svg.AppendLine(CultureInfo.InvariantCulture,
            $"<line x1=\"{x1:F1}\" y1=\"{y1:F1}\" x2=\"{x2:F1}\" y2=\"{y2:F1}\" stroke=\"{colour}\" stroke-width=\"{(solid ? 1 : 1.5)}\"{(solid ? "" : " stroke-dasharray=\"5 4\"")}/>");

    private static void Text(StringBuilder svg, double x, double y, string text, string anchor, bool bold = false) =>
        svg.AppendLine(CultureInfo.InvariantCulture,
            $"<text x=\"{x:F1}\" y=\"{y:F1}\" text-anchor=\"{anchor}\"{(bold ? " font-weight=\"bold\"" : "")}>{WebUtility.HtmlEncode(text)}</text>");
}
