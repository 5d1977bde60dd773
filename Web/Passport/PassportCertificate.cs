using System.Globalization;
using System.Xml.Linq;
using Expo.Grains.Models;

namespace Expo.Web.Passport;

/// <summary>
/// Draws the completed passport's certificate as an SVG: the expo's name, the visitor's name, and one seal per
/// pavilion with the date it was stamped, in English and Chinese. Built with XElement, so a display name is text,
/// never markup.
/// </summary>
public static class PassportCertificate
{
    public const string ContentType = "image/svg+xml";

    private const int Width = 1200;
    private const int Height = 850;
    private const int SealRadius = 62;
    private const int ColumnWidth = 290;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Draw(ExpoDefinition expo, string displayName, IReadOnlyList<StampView> stamps)
    {
        var byPavilion = stamps.ToDictionary(s => s.PavilionId, StringComparer.Ordinal);
        var root = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("width", Width),
            new XAttribute("height", Height),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", $"Silk Road Expo passport certificate · 丝路博览会护照证书 · {displayName}"),
            new XElement(Svg + "rect", new XAttribute("width", Width), new XAttribute("height", Height), new XAttribute("fill", "#f6ecd6")),
            new XElement(Svg + "rect", new XAttribute("x", 24), new XAttribute("y", 24), new XAttribute("width", Width - 48), new XAttribute("height", Height - 48),
                new XAttribute("fill", "none"), new XAttribute("stroke", "#9c3d20"), new XAttribute("stroke-width", 6)),
            Text(Width / 2, 110, 44, "#17304f", "Silk Road Passport · 丝路护照", bold: true),
            Fitted(160, 24, "#17304f", $"{expo.Name.En} · {expo.Name.Zh}"),
            Text(Width / 2, 235, 22, "#4a4a4a", "This certifies that · 兹证明"),
            Fitted(295, 48, "#9c3d20", displayName, bold: true),
            Fitted(350, 22, "#4a4a4a", $"visited all {expo.Pavilions.Count} pavilions of the Silk Road · 走遍丝绸之路全部 {expo.Pavilions.Count} 个展馆"));

        const int columns = 4;
        for (var i = 0; i < expo.Pavilions.Count; i++)
        {
            var pavilion = expo.Pavilions[i];
            var x = 165 + (i % columns) * ColumnWidth;
            var y = 480 + (i / columns) * 190;
            root.Add(new XElement(Svg + "circle", new XAttribute("class", "seal"), new XAttribute("data-pavilion-id", pavilion.Id),
                new XAttribute("cx", x), new XAttribute("cy", y), new XAttribute("r", SealRadius),
                new XAttribute("fill", "none"), new XAttribute("stroke", "#b3261e"), new XAttribute("stroke-width", 5)));
            // Inside the stroke, with a margin: long names wrap to two lines and shrink until they fit the circle.
            var seal = CertificateText.Seal(pavilion.Name.Zh, SealRadius - 7, 22);
            for (var line = 0; line < seal.Lines.Count; line++)
            {
                root.Add(Text(x, y + seal.Baselines[line], seal.FontSize, "#b3261e", seal.Lines[line], bold: true, data: pavilion.Id));
            }

            root.Add(Text(x, y + seal.DateBaseline, 15, "#b3261e", byPavilion.TryGetValue(pavilion.Id, out var stamp)
                ? stamp.StampedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : "", data: pavilion.Id));
            root.Add(Text(x, y + 90, CertificateText.FitSize(pavilion.Name.En, 17, ColumnWidth - 20), "#17304f", pavilion.Name.En));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>A centred line shrunk to fit inside the certificate's frame.</summary>
    private static XElement Fitted(int y, double size, string fill, string text, bool bold = false) =>
        Text(Width / 2, y, CertificateText.FitSize(text, size, Width - 120), fill, text, bold);

    /// <summary>A centred line; <paramref name="data"/> names the pavilion whose seal it belongs to.</summary>
    private static XElement Text(double x, double y, double size, string fill, string text, bool bold = false, string? data = null) =>
        new(Svg + "text",
            data is null ? null : new XAttribute("data-seal", data),
            new XAttribute("x", x), new XAttribute("y", y), new XAttribute("font-size", size), new XAttribute("fill", fill),
            new XAttribute("text-anchor", "middle"), new XAttribute("font-family", "'Noto Serif CJK SC', 'Noto Sans CJK SC', serif"),
            bold ? new XAttribute("font-weight", "700") : null,
            text);
}
