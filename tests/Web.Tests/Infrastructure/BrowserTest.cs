using Microsoft.Playwright;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>
/// A browser test: its own Web node of the shared cluster on a real port (the front end needs one) and Debian's
/// Chromium; pages open in English in fresh contexts, so each is a different person.
/// </summary>
public abstract class BrowserTest(ExpoClusterFixture cluster) : IAsyncLifetime
{
    private readonly ExpoWebFactory _web = new(cluster.Settings);
    private IPlaywright _playwright = null!;

    protected ExpoClusterFixture Cluster => cluster;

    protected IBrowser Chromium { get; private set; } = null!;

    protected string BaseUrl { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var port = _web.StartOnFreePort();
        BaseUrl = $"http://localhost:{port}/";
        (_playwright, Chromium) = await Browser.LaunchAsync();
    }

    /// <summary>A new person's page on the expo's home page, once the front end is ready.</summary>
    protected async Task<IPage> OpenAsync()
    {
        var context = await Chromium.NewContextAsync(new() { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl);
        await page.Locator("body[data-ready='true']").WaitForAsync();
        return page;
    }

    /// <summary>Signs in through the page's own form.</summary>
    protected static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.ClickAsync("#nav-sign-in");
        await page.FillAsync("#sign-in-email", email);
        await page.FillAsync("#sign-in-password", password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#user-badge")).ToBeVisibleAsync();
    }

    protected static Task SignInAsOrganiserAsync(IPage page) =>
        SignInAsync(page, ExpoClusterFixture.OrganiserEmail, ExpoClusterFixture.OrganiserPassword);

    public async ValueTask DisposeAsync()
    {
        await Chromium.CloseAsync();
        _playwright.Dispose();
        await _web.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
