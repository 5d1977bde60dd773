using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Journey;

/// <summary>
/// One Web node of the shared cluster on a real port and one Chromium for every journey test of the class: starting
/// them is most of a browser test's cost. Each page opens in a fresh context, so each is a different person.
/// </summary>
public sealed class JourneyBrowser(ExpoClusterFixture cluster) : IAsyncLifetime
{
    private readonly ExpoWebFactory _web = new(cluster.Settings);
    private IPlaywright _playwright = null!;

    public IBrowser Chromium { get; private set; } = null!;

    public string BaseUrl { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var port = _web.StartOnFreePort();
        BaseUrl = $"http://localhost:{port}/";
        (_playwright, Chromium) = await Browser.LaunchAsync();
    }

    /// <summary>A new person's page at <paramref name="hash"/>, once the front end is ready.</summary>
    public async Task<IPage> OpenAsync(string hash = "", Action<IPage>? prepare = null)
    {
        var context = await Chromium.NewContextAsync(new() { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        prepare?.Invoke(page);
        await page.GotoAsync(BaseUrl + hash);
        await page.Locator("body[data-ready='true']").WaitForAsync();
        return page;
    }

    /// <summary>A new guest inside <paramref name="boothId"/>, entered through the page's own form.</summary>
    public async Task<IPage> EnterAsGuestAsync(string boothId, string name)
    {
        var page = await OpenAsync($"#/booth/{boothId}");
        await page.FillAsync("#guest-name", name);
        await page.ClickAsync("#guest-submit");
        await Assertions.Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        return page;
    }

    public async Task<IPage> SignInAsync(string email, string password, string hash = "")
    {
        var page = await OpenAsync();
        await page.ClickAsync("#nav-sign-in");
        await page.FillAsync("#sign-in-email", email);
        await page.FillAsync("#sign-in-password", password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#user-badge")).ToBeVisibleAsync();
        if (hash.Length > 0)
        {
            await page.GotoAsync(BaseUrl + hash);
        }

        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.CloseAsync();
        _playwright.Dispose();
        await _web.DisposeAsync();
    }
}
