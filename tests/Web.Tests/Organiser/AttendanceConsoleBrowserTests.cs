using System.Text.RegularExpressions;
using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Organiser;

/// <summary>The organiser's console in Chromium updates while simulated visitors come and go, in English and Chinese.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class AttendanceConsoleBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    // A booth no other test enters, so its count is this test's alone.
    private const string Booth = "shaanxi-travel-agency-association-library-school-committee";
    [Fact]
    public async Task TheFloorPlanCountsVisitorsArrivingAndLeavingOnAnotherNode()
    {
        var page = await (await Chromium.NewContextAsync(new() { Locale = "en-GB" })).NewPageAsync();
        await page.GotoAsync(BaseUrl);
        await page.Locator("body[data-ready='true']").WaitForAsync();
        await SignInAsOrganiserAsync(page);
        await page.ClickAsync("#nav-organiser");
        await page.ClickAsync("#attendance-console-link");
        var cell = page.Locator($"[data-booth='{Booth}'] .floor-plan__count");
        await Assertions.Expect(cell).ToHaveTextAsync("0");

        var visitors = new List<ExpoHubClient>();
        for (var i = 0; i < 3; i++)
        {
            visitors.Add(await ExpoHubClient.ConnectAsync(Cluster.WebB, $"Visitor {i}"));
            await visitors[^1].EnterBoothAsync(Booth);
        }

        await Assertions.Expect(cell).ToHaveTextAsync("3", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-pavilion-total='beilin-xian']")).ToHaveTextAsync(new Regex(@"^([3-9]|\d{2,})$"));
        // Nobody of the booth's staff is in it: the console lists it for a nudge.
        await Assertions.Expect(page.Locator($"[data-unstaffed='{Booth}']")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#now-online")).ToHaveTextAsync(new Regex(@"^([3-9]|\d{2,})$"), new() { Timeout = 15_000 });

        await visitors[0].DisposeAsync();
        await Assertions.Expect(cell).ToHaveTextAsync("2", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#now-joins")).Not.ToHaveTextAsync("0");

        await page.ClickAsync("#lang-zh");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("实时客流");
        await Assertions.Expect(page.Locator($"[data-booth='{Booth}']")).ToHaveAttributeAsync("aria-label", new Regex("当前 2 人"));
        foreach (var visitor in visitors.Skip(1))
        {
            await visitor.DisposeAsync();
        }

        await Assertions.Expect(page.Locator($"[data-unstaffed='{Booth}']")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task TheEndOfDayReportShowsTheDayWithItsChartTablesAndDownloads()
    {
        await using var visitor = await ExpoHubClient.ConnectAsync(Cluster.WebB, "Reported");
        await visitor.EnterBoothAsync(Booth);
        var page = await OpenAsync();
        await SignInAsOrganiserAsync(page);
        await page.ClickAsync("#nav-organiser");
        await page.ClickAsync("#attendance-console-link");
        await page.ClickAsync("#end-of-day-link");

        await Assertions.Expect(page.Locator("#report-figures")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#report-chart svg.attendance-chart")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#report-day")).ToHaveValueAsync(DateTime.Now.ToString("yyyy-MM-dd"));
        foreach (var csv in new[] { "attendance", "booths", "dwell", "leads", "negotiations", "agreements" })
        {
            var href = await page.Locator($"[data-csv='{csv}']").GetAttributeAsync("href");
            var download = await page.Context.APIRequest.GetAsync(new Uri(new Uri(BaseUrl), href).ToString());
            Assert.Equal(200, download.Status);
            Assert.StartsWith("text/csv", download.Headers["content-type"]);
        }

        await page.ClickAsync("#lang-zh");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("当日总结报告");
        await Assertions.Expect(page.Locator("#report-ranking-heading")).ToHaveTextAsync("最热门展位");
        await Assertions.Expect(page.Locator("#report-ranking tbody tr").First).ToBeVisibleAsync();
    }
}
