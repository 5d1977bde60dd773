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
    public async Task ABoothTellsAScreenReaderWhoCameAsOneSummaryAndKeepsChatHistoryOutOfItsLiveLog()
    {
        await tour.StartAsync(cluster);
        var page = await tour.NewViewerAsync(Viewer.Anonymous);
        await PageTour.GoAsync(page, $"#/booth/{Booth}");
        await page.FillAsync("#guest-name", "Listening Lee");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        var log = page.Locator("#chat-log");
        await Assertions.Expect(log).ToHaveAttributeAsync("role", "log");
        await Assertions.Expect(log).ToHaveAttributeAsync("aria-relevant", "additions");
        await Assertions.Expect(log).ToHaveAttributeAsync("aria-live", "polite");
        await using (var arash = await ExpoHubClient.ConnectAsync(cluster.WebA, "Arash"))
        {
            await arash.EnterBoothAsync(Booth);
            await Assertions.Expect(page.Locator("#presence-announce")).ToContainTextAsync("Arash", new() { Timeout = 15_000 });
        }

        // The summary's window on a clock the test holds: four changes in it are told once, after it closes.
        var bare = await page.Context.NewPageAsync();
        await bare.Clock.InstallAsync();
        await bare.GotoAsync(tour.BaseUrl);
        await bare.Locator("body[data-ready='true']").WaitForAsync();
        await bare.Clock.PauseAtAsync(DateTime.UtcNow.AddSeconds(2));
        await bare.EvaluateAsync("""
            async () => {
              const { createPresenceAnnouncer } = await import('/js/views/presence-announcer.js');
              const announcer = createPresenceAnnouncer('me');
              document.body.append(announcer.node);
              window.spoken = [];
              new MutationObserver(() => window.spoken.push(announcer.node.textContent))
                .observe(announcer.node, { childList: true, characterData: true, subtree: true });
              for (const [id, name] of [['a', 'Arash'], ['b', 'Bilge'], ['c', 'Chen'], ['me', 'Myself']]) {
                announcer.note({ count: 4, joined: [{ visitorId: id, displayName: name }], left: [] });
              }
              announcer.note({ count: 3, joined: [], left: [{ visitorId: 'd', displayName: 'Dara' }] });
            }
            """);
        var region = bare.Locator("body > #presence-announce");
        await Assertions.Expect(region).ToHaveTextAsync("");
        await bare.Clock.RunForAsync(2_000);
        await Assertions.Expect(region).ToHaveTextAsync(
            new System.Text.RegularExpressions.Regex("^Arash, Bilge,? and Chen joined\\. Dara left\\. 3 visitors here now\\.$"));
        Assert.Single(await bare.EvaluateAsync<string[]>("() => window.spoken"));
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
