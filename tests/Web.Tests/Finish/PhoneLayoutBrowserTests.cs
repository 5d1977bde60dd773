using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Finish;

/// <summary>
/// The main pages on a 390×844 phone, in English and in Chinese: nothing wider than the screen, the main navigation
/// on screen, and a full-page screenshot of each under <c>test-output/phone/</c> beside the test assembly.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class PhoneLayoutBrowserTests(ExpoClusterFixture cluster, PageTour tour) : IClassFixture<PageTour>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task MainPagesFitAPhoneScreenWithTheirNavigationReachableInBothLanguages()
    {
        await tour.StartAsync(cluster);
        var folder = Path.Combine(AppContext.BaseDirectory, "test-output", "phone");
        Directory.CreateDirectory(folder);
        var problems = new List<string>();
        foreach (var group in ExpoPages.All.Where(p => p.Phone).GroupBy(p => p.Viewer))
        {
            var page = await tour.NewViewerAsync(group.Key, Phone);
            foreach (var language in PageTour.Languages)
            {
                await PageTour.UseLanguageAsync(page, language);
                foreach (var expoPage in group)
                {
                    await PageTour.GoAsync(page, ExpoPages.HashOf(expoPage));
                    await Assertions.Expect(page.Locator(expoPage.Ready).First).ToBeVisibleAsync(new() { Timeout = 15_000 });
                    await PageTour.SettledAsync(page);
                    var path = Path.Combine(folder, $"{expoPage.Name}-{language}.png");
                    await page.ScreenshotAsync(new() { Path = path, FullPage = true });
                    TestContext.Current.TestOutputHelper?.WriteLine($"phone screenshot: {path}");
                    problems.AddRange((await LayoutProblemsAsync(page)).Select(p => $"{expoPage.Name} [{language}]: {p}"));
                }
            }

            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// Wider than the screen (so the page scrolls sideways), a main navigation link off screen, panels or buttons that
    /// touch, or a raw ISO timestamp.
    /// </summary>
    private static async Task<IReadOnlyList<string>> LayoutProblemsAsync(IPage page)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        return await page.EvaluateAsync<string[]>("""
            () => {
              const width = document.documentElement.clientWidth;
              const problems = [];
              if (document.documentElement.scrollWidth > width) {
                const wide = [...document.querySelectorAll('body *')]
                  .filter((e) => e.getBoundingClientRect().right > width + 1 && e.checkVisibility())
                  .slice(-3).map((e) => e.id ? `#${e.id}` : `${e.tagName.toLowerCase()}.${e.classList[0] ?? ''}`);
                problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${width} (${wide.join(', ')})`);
              }
              for (const link of document.querySelectorAll('.site-nav a, .account-nav a:not([hidden]), .lang-switch button')) {
                const box = link.getBoundingClientRect();
                if (!link.checkVisibility() || box.width === 0 || box.left < 0 || box.right > width) {
                  problems.push(`navigation '${link.id || link.textContent.trim()}' is off screen`);
                }
              }
              // Panels one above the other, and buttons side by side, that touch read as one broken box.
              const shown = (e) => e.checkVisibility() && e.getBoundingClientRect().height > 0;
              const touching = (selector, gap, apart) => {
                const boxes = [...document.querySelectorAll(selector)].filter(shown);
                for (const a of boxes) {
                  for (const b of boxes) {
                    if (a === b || a.contains(b) || b.contains(a)) continue;
                    const distance = apart(a.getBoundingClientRect(), b.getBoundingClientRect());
                    if (distance !== null && distance >= 0 && distance < gap) {
                      problems.push(`${selector} '${a.id || a.textContent.trim().slice(0, 30)}' touches '${b.id || b.textContent.trim().slice(0, 30)}'`);
                    }
                  }
                }
              };
              const overlapX = (p, q) => Math.min(p.right, q.right) - Math.max(p.left, q.left) > 0;
              const overlapY = (p, q) => Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 0;
              touching('main .panel, main .notice', 6, (p, q) => (overlapX(p, q) ? q.top - p.bottom : null));
              touching('main .button', 4, (p, q) => (overlapY(p, q) ? q.left - p.right : overlapX(p, q) ? q.top - p.bottom : null));
              // Chart labels are drawn in the chart's units: a phone scales them down, they must stay readable.
              for (const label of document.querySelectorAll('main svg text')) {
                const height = label.getBoundingClientRect().height;
                if (label.textContent.trim() && label.checkVisibility() && height > 0 && height < 10) {
                  problems.push(`chart text '${label.textContent.trim()}' is ${height.toFixed(1)} px tall`);
                }
              }
              // Times are shown in words and the visitor's format, never as the protocol's ISO text.
              const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(node.textContent) && node.parentElement.checkVisibility()) {
                  problems.push(`raw timestamp '${node.textContent.trim().slice(0, 40)}'`);
                }
              }
              return problems;
            }
            """);
    }
}
