using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Organiser;

/// <summary>In Chromium: an organiser announces from the form; a visitor in a booth sees it at once, in their language.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class AnnouncementBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    private const string Booth = "beilin-xian-culture-tourism";
    [Fact]
    public async Task AVisitorInABoothSeesTheExpoAndPavilionAnnouncementsAtOnceAndInChinese()
    {
        var visitor = await OpenAsync();
        await visitor.GotoAsync($"{BaseUrl}#/booth/{Booth}");
        await visitor.FillAsync("#guest-name", "Mei");
        await visitor.ClickAsync("#guest-submit");
        await Assertions.Expect(visitor.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");

        var organiser = await OpenAsync();
        await SignInAsOrganiserAsync(organiser);
        await organiser.ClickAsync("#nav-organiser");
        var marker = $"Lantern parade at 19:00 ({Guid.NewGuid():N})";
        await organiser.FillAsync("#announce-en", marker);
        await organiser.FillAsync("#announce-zh", "19:00 花灯巡游");
        await organiser.ClickAsync("#announce-publish");
        await Assertions.Expect(organiser.Locator("#announce-status")).ToContainTextAsync("Published");

        await Assertions.Expect(visitor.Locator("#announcements")).ToContainTextAsync(marker);

        await organiser.SelectOptionAsync("#announce-scope", "beilin-xian");
        await organiser.FillAsync("#announce-en", "Stele rubbing workshop in this pavilion");
        await organiser.FillAsync("#announce-zh", "本馆碑帖拓印体验");
        await organiser.ClickAsync("#announce-publish");
        await Assertions.Expect(visitor.Locator("#announcements [data-pavilion='beilin-xian']")).ToContainTextAsync("Stele rubbing");

        await visitor.ClickAsync("#lang-zh");
        await Assertions.Expect(visitor.Locator("#announcements")).ToContainTextAsync("19:00 花灯巡游");
        await Assertions.Expect(visitor.Locator("#announcements")).ToContainTextAsync("本馆碑帖拓印体验");

        // Elsewhere in the expo only the expo-wide one shows.
        await visitor.GotoAsync($"{BaseUrl}#/booth/dunhuang-culture-tourism");
        await Assertions.Expect(visitor.Locator("#announcements [data-pavilion='beilin-xian']")).ToHaveCountAsync(0);
        await Assertions.Expect(visitor.Locator("#announcements")).ToContainTextAsync("19:00 花灯巡游");

        await organiser.ClickAsync("#announce-withdraw");
        await organiser.SelectOptionAsync("#announce-scope", "");
        await organiser.ClickAsync("#announce-withdraw");
        await Assertions.Expect(organiser.Locator("#announce-status")).ToContainTextAsync("Withdrawn");
    }

}
