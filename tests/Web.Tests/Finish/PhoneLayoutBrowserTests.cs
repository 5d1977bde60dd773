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

    /// <summary>Wider than the screen (so the page scrolls sideways), or a main navigation link off screen.</summary>
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
              return problems;
            }
            """);
    }
}
