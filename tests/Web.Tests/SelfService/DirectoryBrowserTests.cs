using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.SelfService;

/// <summary>A visitor finds a booth in the directory by a Chinese search word and keeps it in the expo bag, in Chromium.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class DirectoryBrowserTests(ExpoClusterFixture cluster) : IAsyncLifetime
{
    private readonly ExpoWebFactory _web = new(cluster.Settings);
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _baseUrl = null!;

    public async ValueTask InitializeAsync()
    {
        var port = FreePorts.Next();
        _web.UseKestrel(port);
        _web.StartServer();
        _baseUrl = $"http://localhost:{port}/";
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    [Fact]
    public async Task AVisitorSearchesTheDirectoryAndKeepsABoothInTheExpoBag()
    {
        var context = await _browser.NewContextAsync(new() { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{_baseUrl}#/booth/dunhuang-culture-tourism");
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

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        await _web.DisposeAsync();
    }
}
