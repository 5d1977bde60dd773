using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.SelfService;

/// <summary>A visitor finds a booth in the directory by a Chinese search word and keeps it in the expo bag, in Chromium.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class DirectoryBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    [Fact]
    public async Task AVisitorSearchesTheDirectoryAndKeepsABoothInTheExpoBag()
    {
        var context = await Chromium.NewContextAsync(new() { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{BaseUrl}#/booth/dunhuang-culture-tourism");
        await page.Locator("body[data-ready='true']").WaitForAsync();
        await page.FillAsync("#guest-name", "Amina");
        await page.ClickAsync("#guest-submit");
        await Assertions.Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");

        await page.ClickAsync("#nav-directory");
        await page.FillAsync("#directory-q", "敦煌");
        await Assertions.Expect(page.Locator("#directory-results li")).ToHaveCountAsync(1);
        await page.ClickAsync("#directory-results [data-favourite='dunhuang-culture-tourism']");

        await Assertions.Expect(page.Locator("#directory-results [data-favourite='dunhuang-culture-tourism']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator("#expo-bag a")).ToHaveAttributeAsync("href", "#/booth/dunhuang-culture-tourism");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#expo-bag a")).ToHaveCountAsync(1);
    }
}
