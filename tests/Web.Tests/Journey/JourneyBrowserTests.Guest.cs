using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Journey;

public sealed partial class JourneyBrowserTests
{
    [Fact]
    public async Task AGuestWhoChoseChineseStaysInChineseSeesTheBoothFromTheTopAndKeepsFocusOnTheExpoBag()
    {
        var page = await browser.OpenAsync();
        await page.Locator($"a.booth-link[data-booth-id='{Booth}']").First.ClickAsync();
        await Assertions.Expect(page.Locator("#guest-language")).ToHaveValueAsync("en");
        // Switched while the guest form is open: the form's language box follows.
        await page.ClickAsync("#lang-zh");
        await Assertions.Expect(page.Locator("#guest-language")).ToHaveValueAsync("zh");
        await page.FillAsync("#guest-name", "梅");
        await page.ClickAsync("#guest-submit");
        await Assertions.Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh");
        await Assertions.Expect(page.Locator("#lang-zh")).ToHaveAttributeAsync("aria-pressed", "true");

        // A guest is not "signed in": the badge says guest, beside the sign-in link.
        await Assertions.Expect(page.Locator("#user-badge")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*访客：\s*梅\s*$"));
        await Assertions.Expect(page.Locator("#nav-sign-in")).ToBeVisibleAsync();

        // Entering keeps the booth's name and its Negotiate button in view.
        await Assertions.Expect(page.Locator("#booth-name")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#negotiate-link")).ToBeInViewportAsync();

        // Negotiate stays readable under the pointer.
        await page.HoverAsync("#negotiate-link");
        var colours = await page.EvalOnSelectorAsync<string[]>("#negotiate-link", "a => { const s = getComputedStyle(a); return [s.color, s.backgroundColor]; }");
        Assert.Equal("rgb(255, 255, 255)", colours[0]);
        Assert.NotEqual(colours[0], colours[1]);

        // The expo bag is on the booth page too, and the keyboard stays on the button that was pressed.
        var toggle = page.Locator($"#booth-tools [data-favourite='{Booth}']");
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(toggle).ToBeFocusedAsync();

        await page.ClickAsync("#nav-directory");
        await Assertions.Expect(page.Locator("#expo-bag a")).ToHaveAttributeAsync("href", $"#/booth/{Booth}");
        var other = page.Locator("#directory-results [data-favourite='dunhuang-culture-tourism']");
        await other.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(other).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(other).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#expo-bag a")).ToHaveCountAsync(2);

        // "Add to my plan" keeps the focus too.
        await page.ClickAsync("#nav-agenda");
        var plan = page.Locator("[data-plan]").First;
        await plan.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(plan).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(plan).ToBeFocusedAsync();

        // Esc closes the report form and gives the focus back to its button.
        await using var jonas = await ExpoHubClient.ConnectAsync(cluster.WebA, "Jonas");
        await jonas.EnterBoothAsync(Booth);
        await jonas.SendChatAsync(Booth, "Buy cheap silk now");
        await page.GotoAsync($"{browser.BaseUrl}#/booth/{Booth}");
        var line = page.Locator("#chat-log li", new() { HasText = "Buy cheap silk now" });
        await line.Locator("[data-action='report']").ClickAsync();
        await Assertions.Expect(line.Locator(".chat-action-form")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(line.Locator(".chat-action-form")).ToHaveCountAsync(0);
        await Assertions.Expect(line.Locator("[data-action='report']")).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheDirectoryIsStyledAndTellsAVisitorWithoutASessionHowToKeepAnExpoBag()
    {
        var page = await browser.OpenAsync();
        await page.ClickAsync("#nav-directory");
        await Assertions.Expect(page.Locator("#bag-how")).ToContainTextAsync("Enter any booth as a guest");
        await Assertions.Expect(page.Locator("#directory-results li").First).ToBeVisibleAsync();

        var search = await page.EvalOnSelectorAsync<string[]>("#directory-q", "i => { const s = getComputedStyle(i); return [s.borderRadius, s.fontSize, String(i.getBoundingClientRect().height)]; }");
        Assert.Equal(["8px", "16px"], search[..2]);
        Assert.True(double.Parse(search[2], System.Globalization.CultureInfo.InvariantCulture) >= 36, $"The search box is {search[2]} px high.");
        Assert.Equal("none", await page.EvalOnSelectorAsync<string>("#directory-results", "l => getComputedStyle(l).listStyleType"));

        await page.ClickAsync("#lang-zh");
        await Assertions.Expect(page.Locator("#bag-how")).ToContainTextAsync("以访客身份进入任意展位");
        await page.Context.CloseAsync();
    }
}
