using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests;

/// <summary>A guest's path through the real front end in Chromium, against a Web node on a real port.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class BrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    private const string Booth = "shaanxi-wing-up-study-institute";
    [Fact]
    public async Task AGuestSeesANewcomerAndTheirChatLineAndMarkupStaysText()
    {
        var dialogs = 0;
        var first = await EnterAsGuestAsync("Mei", page => page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        });
        Assert.Equal("Shaanxi Wing Up Study Institute", await first.Locator("#booth-name").InnerTextAsync());

        var second = await EnterAsGuestAsync("Jonas");
        var jonas = first.Locator("#presence-list li", new() { HasText = "Jonas" });
        await Assertions.Expect(jonas).ToHaveCountAsync(1);

        await SayAsync(second, "Greetings from Quanzhou");
        await Assertions.Expect(first.Locator("#chat-log li .chat-text", new() { HasText = "Greetings from Quanzhou" })).ToHaveCountAsync(1);

        const string markup = "<img src=x onerror=alert(1)>";
        await SayAsync(second, markup);
        var line = first.Locator("#chat-log li .chat-text").Last;
        await Assertions.Expect(line).ToHaveTextAsync(markup);
        Assert.Equal(0, await first.Locator("#chat-log img").CountAsync());
        Assert.Equal(0, dialogs);

        await first.ClickAsync("#lang-zh");
        await Assertions.Expect(first.Locator("#booth-name")).ToHaveTextAsync("陕西展翼研学院");
        await Assertions.Expect(first.Locator("html")).ToHaveAttributeAsync("lang", new System.Text.RegularExpressions.Regex("^zh"));

        await second.Context.CloseAsync();
        await Assertions.Expect(jonas).ToHaveCountAsync(0, new() { Timeout = 10_000 });
    }

    private async Task<IPage> EnterAsGuestAsync(string name, Action<IPage>? prepare = null)
    {
        var context = await Chromium.NewContextAsync(new() { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        prepare?.Invoke(page);
        await page.GotoAsync(BaseUrl);
        await page.Locator("body[data-ready='true']").WaitForAsync();
        await page.Locator($"a.booth-link[data-booth-id='{Booth}']").First.ClickAsync();
        await page.FillAsync("#guest-name", name);
        await page.ClickAsync("#guest-submit");
        await Assertions.Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        await Assertions.Expect(page.Locator($"#presence-list li", new() { HasText = name })).ToHaveCountAsync(1);
        return page;
    }

    private static async Task SayAsync(IPage page, string text)
    {
        await page.FillAsync("#chat-input", text);
        await page.ClickAsync("#chat-send");
    }
}
