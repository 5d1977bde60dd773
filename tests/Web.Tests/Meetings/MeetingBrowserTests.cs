using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Meetings;

/// <summary>
/// In Chromium: an exhibitor in London offers a meeting time on their booth's page; a visitor in New York books it on
/// the booth's page and finds it in their agenda in their own time and Beijing time, in English and Chinese, with the
/// booth's chat and an .ics file; the exhibitor finds it in theirs; the visitor cancels it. The exhibitor's page
/// shows the booth's figures as charts over time.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class MeetingBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    private const string Booth = "yushang-loulan-muslim-restaurant";
    private const float Patience = 20_000;

    [Fact]
    public async Task AnExhibitorOffersATimeAVisitorBooksItAndBothSeeItInTheirAgendaInBothLanguages()
    {
        var organiser = await AccountClient.OrganiserAsync(Cluster.WebA);
        var exhibitor = await AccountClient.RegisterAsync(Cluster.WebA, "Aysha", await organiser.InviteAsync(Booth, "member"));
        var visitor = await AccountClient.RegisterAsync(Cluster.WebA, "Noah");
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var day = DateTime.UtcNow.Date.AddDays(9);
        var start = new DateTimeOffset(day.AddHours(10), london.GetUtcOffset(day.AddHours(10)));
        var beijing = TimeZoneInfo.ConvertTime(start, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

        var host = await PageAsync("Europe/London");
        await SignInAsync(host, exhibitor.Email, AccountClient.Password);
        await host.GotoAsync($"{BaseUrl}#/my-booths/{Booth}");
        await host.FillAsync("#slot-start", $"{day:yyyy-MM-dd}T10:00");
        await host.SelectOptionAsync("#slot-minutes", "30");
        await host.ClickAsync("#slot-publish");
        await Assertions.Expect(host.Locator("#slot-status")).ToContainTextAsync("offered", new() { Timeout = Patience });
        await Assertions.Expect(host.Locator("#slot-list [data-slot]")).ToContainTextAsync("Free (host: Aysha)", new() { Timeout = Patience });
        // The booth's figures are charts over time, one per series, with a table beside them.
        await Assertions.Expect(host.Locator("#booth-analytics-chart figure[data-series]")).ToHaveCountAsync(4, new() { Timeout = Patience });
        await Assertions.Expect(host.Locator("#booth-analytics-chart [data-series='leads'] figcaption")).ToContainTextAsync("New leads");

        var page = await PageAsync("America/New_York");
        await SignInAsync(page, visitor.Email, AccountClient.Password);
        await page.GotoAsync($"{BaseUrl}#/booth/{Booth}");
        var slot = page.Locator("#booth-slot-list [data-slot]", new() { HasText = "Aysha" });
        await slot.Locator("[data-book]").ClickAsync(new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#booth-meetings-status")).ToContainTextAsync("Booked", new() { Timeout = Patience });

        await page.GotoAsync($"{BaseUrl}#/agenda");
        var meeting = page.Locator("#my-meeting-list [data-meeting]");
        await Assertions.Expect(meeting).ToContainTextAsync("Meeting at", new() { Timeout = Patience });
        await Assertions.Expect(meeting).ToContainTextAsync("America/New_York", new() { Timeout = Patience });
        await Assertions.Expect(meeting.Locator(".meeting-beijing")).ToContainTextAsync($"Beijing time: ", new() { Timeout = Patience });
        await Assertions.Expect(meeting.Locator("[data-chat]")).ToHaveAttributeAsync("href", $"#/booth/{Booth}");
        var ics = await page.Context.APIRequest.GetAsync(BaseUrl.TrimEnd('/') + await meeting.Locator("[data-ics]").GetAttributeAsync("href"));
        Assert.Contains($"DTSTART:{start.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}", await ics.TextAsync());

        await page.ClickAsync("#lang-zh");
        await Assertions.Expect(page.Locator("#my-meetings-heading")).ToHaveTextAsync("我的会面", new() { Timeout = Patience });
        await Assertions.Expect(meeting.Locator(".meeting-beijing")).ToContainTextAsync($"北京时间：", new() { Timeout = Patience });
        await Assertions.Expect(meeting.Locator(".meeting-beijing")).ToContainTextAsync($"{beijing:HH:mm}–{beijing.AddMinutes(30):HH:mm}");
        await Assertions.Expect(meeting.Locator("[data-ics]")).ToHaveTextAsync("添加到我的日历（.ics）");

        await host.GotoAsync($"{BaseUrl}#/agenda");
        await Assertions.Expect(host.Locator("#my-meeting-list [data-meeting]")).ToContainTextAsync("You host a meeting", new() { Timeout = Patience });
        await Assertions.Expect(host.Locator("#my-meeting-list [data-meeting]")).ToContainTextAsync("With Noah");

        await meeting.Locator("[data-cancel-meeting]").ClickAsync();
        await Assertions.Expect(page.Locator("#my-meetings-status")).ToContainTextAsync("会面已取消", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#my-meeting-list [data-meeting]")).ToHaveCountAsync(0);
    }

    private async Task<IPage> PageAsync(string timeZone)
    {
        var context = await Chromium.NewContextAsync(new() { Locale = "en-GB", TimezoneId = timeZone });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl);
        await page.Locator("body[data-ready='true']").WaitForAsync();
        return page;
    }
}
