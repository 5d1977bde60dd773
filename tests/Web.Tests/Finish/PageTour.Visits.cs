using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Expo.Web.Tests.Finish;

/// <summary>What one page showed in one language: axe's serious and critical violations, and its texts.</summary>
public sealed record PageVisit(ExpoPage Page, string Language, IReadOnlyList<string> Violations, IReadOnlyList<ShownText> Texts);

public sealed partial class PageTour
{
    public static readonly string[] Languages = ["en", "zh"];

    /// <summary>WCAG 2.0, 2.1 and 2.2, levels A and AA.</summary>
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private readonly Lock _visitsLock = new();
    private Task<IReadOnlyList<PageVisit>>? _visits;

    /// <summary>Every page of <see cref="ExpoPages.All"/> in both languages, visited once for all the tests of a class.</summary>
    public Task<IReadOnlyList<PageVisit>> VisitEveryPageAsync()
    {
        lock (_visitsLock)
        {
            return _visits ??= VisitAllAsync();
        }
    }

    private async Task<IReadOnlyList<PageVisit>> VisitAllAsync()
    {
        var visits = new List<PageVisit>();
        foreach (var language in Languages)
        {
            foreach (var expoPage in ExpoPages.All)
            {
                var page = await VisitAsync(expoPage, language);
                var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
                var violations = axe.Violations
                    .Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
                    .ToList();
                visits.Add(new PageVisit(expoPage, language, violations, await PageTexts.ReadAsync(page)));
            }
        }

        return visits;
    }
}
