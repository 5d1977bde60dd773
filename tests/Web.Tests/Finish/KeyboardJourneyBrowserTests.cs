using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Finish;

/// <summary>
/// The three roles' journeys with the keyboard alone (Tab, Enter and typing; the mouse is never used), and the live
/// regions a screen reader hears in a booth.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class KeyboardJourneyBrowserTests(ExpoClusterFixture cluster, PageTour tour) : IClassFixture<PageTour>
{
    private const string Booth = ExpoPages.Booth;

    [Fact]
    public async Task AVisitorGoesFromHomeIntoABoothAndChatsByKeyboardAlone()
    {
        await tour.StartAsync(cluster);
        var page = await tour.NewViewerAsync(Viewer.Anonymous);

        await TabToAsync(page, $"a[href='#/booth/{Booth}']");
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, "#guest-name");
        await page.Keyboard.TypeAsync("Keyboard Kim");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");

        await TabToAsync(page, "#chat-input");
        await page.Keyboard.TypeAsync("Is the desert route open in May?");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#chat-log li .chat-text", new() { HasText = "Is the desert route open in May?" })).ToHaveCountAsync(1);
        Assert.True(await IsFocusedAsync(page, "#chat-input"), "focus stays in the chat box for the next line");
    }

    [Fact]
    public async Task AnExhibitorSignsInOpensTheirBoothAndAnswersAVisitorByKeyboardAlone()
    {
        await tour.StartAsync(cluster);
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebA, "Hana");
        await visitor.EnterBoothAsync(Booth);
        await visitor.SendChatAsync(Booth, "Do you offer group prices?");

        var page = await tour.NewViewerAsync(Viewer.Anonymous);
        await TabToAsync(page, "#nav-sign-in");
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, "#sign-in-email");
        await page.Keyboard.TypeAsync(tour.ExhibitorEmail);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(AccountClient.Password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#user-badge")).ToBeVisibleAsync();

        await TabToAsync(page, "#nav-my-booths");
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, $"a[href='#/my-booths/{Booth}']");
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, $"main a[href='#/booth/{Booth}']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#chat-log li .chat-text", new() { HasText = "Do you offer group prices?" })).ToHaveCountAsync(1);

        await TabToAsync(page, "#chat-input");
        await page.Keyboard.TypeAsync("Yes: ten people or more get a group price.");
        await page.Keyboard.PressAsync("Enter");
        var answer = await visitor.WaitForChatAsync(m => m.Text.StartsWith("Yes: ten people", StringComparison.Ordinal));
        Assert.Equal(PageTour.ExhibitorName, answer.SenderName);
    }

    [Fact]
    public async Task AnOrganiserPublishesAnAnnouncementFromTheConsoleByKeyboardAlone()
    {
        await tour.StartAsync(cluster);
        var page = await tour.NewViewerAsync(Viewer.Organiser);
        var marker = $"Keyboard lantern parade {Guid.NewGuid():N}";

        await TabToAsync(page, "#nav-organiser");
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, "#announce-en");
        await page.Keyboard.TypeAsync(marker);
        await TabToAsync(page, "#announce-zh");
        await page.Keyboard.TypeAsync("花灯巡游");
        await TabToAsync(page, "#announce-publish");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#announce-status")).ToContainTextAsync("Published");
        await Assertions.Expect(page.Locator("#announcements")).ToContainTextAsync(marker);
        await TabToAsync(page, "#announce-withdraw");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#announce-status")).ToContainTextAsync("Withdrawn");
    }

    [Fact]
    public async Task ABoothTellsAScreenReaderWhoCameAsOneSummaryAndReadsOnlyNewChatLines()
    {
        await tour.StartAsync(cluster);
        var page = await tour.NewViewerAsync(Viewer.Anonymous);
        await page.Clock.InstallAsync();
        await page.ReloadAsync();
        await page.Locator("body[data-ready='true']").WaitForAsync();
        await PageTour.GoAsync(page, $"#/booth/{Booth}");
        await page.FillAsync("#guest-name", "Listening Lee");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        var log = page.Locator("#chat-log");
        await Assertions.Expect(log).ToHaveAttributeAsync("role", "log");
        await Assertions.Expect(log).ToHaveAttributeAsync("aria-relevant", "additions");
        await Assertions.Expect(log).ToHaveAttributeAsync("aria-live", "polite");

        // Time stands still from here: three people arrive, and nothing is said until the window closes.
        await page.Clock.PauseAtAsync(DateTime.UtcNow.AddSeconds(2));
        await page.EvaluateAsync("""
            () => {
              const region = document.getElementById('presence-announce');
              window.announcements = [];
              new MutationObserver(() => window.announcements.push(region.textContent))
                .observe(region, { childList: true, characterData: true, subtree: true });
            }
            """);
        var names = new[] { "Arash", "Bilge", "Chen" };
        var arrivals = new List<ExpoHubClient>();
        foreach (var name in names)
        {
            var arrival = await ExpoHubClient.ConnectAsync(cluster.WebA, name);
            await arrival.EnterBoothAsync(Booth);
            arrivals.Add(arrival);
        }

        foreach (var name in names)
        {
            await Assertions.Expect(page.Locator("#presence-list li", new() { HasText = name })).ToHaveCountAsync(1);
        }

        await Assertions.Expect(page.Locator("#presence-announce")).ToHaveTextAsync("");
        await page.Clock.RunForAsync(2_000);
        await Assertions.Expect(page.Locator("#presence-announce")).ToHaveTextAsync(
            new System.Text.RegularExpressions.Regex("^Arash, Bilge,? and Chen joined\\. \\d+ visitors here now\\.$"));
        Assert.Single(await page.EvaluateAsync<string[]>("() => window.announcements"));
        foreach (var arrival in arrivals)
        {
            await arrival.DisposeAsync();
        }
    }

    /// <summary>Presses Tab until the focused element matches: it fails when the element is not in the tab order.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        await page.Locator(selector).First.WaitForAsync();
        for (var presses = 0; presses < 150; presses++)
        {
            if (await IsFocusedAsync(page, selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"'{selector}' was not reached with Tab.");
    }

    private static Task<bool> IsFocusedAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector);
}
