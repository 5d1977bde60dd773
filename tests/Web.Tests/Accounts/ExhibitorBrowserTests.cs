using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Accounts;

/// <summary>The exhibitor's first day in Chromium: the organiser invites, the exhibitor registers with the link and edits the booth, a visitor sees it.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class ExhibitorBrowserTests(ExpoClusterFixture cluster) : IAsyncLifetime
{
    private const string Booth = "ganzhou-zhangye-culture-tourism";
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
    public async Task AnInvitedExhibitorRegistersEditsTheBoothAndAVisitorSeesTheNewName()
    {
        var visitor = await OpenAsync();
        await visitor.GotoAsync($"{_baseUrl}#/booth/{Booth}");
        await visitor.FillAsync("#guest-name", "Amina");
        await visitor.ClickAsync("#guest-submit");
        await Assertions.Expect(visitor.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");

        var organiser = await OpenAsync();
        await organiser.ClickAsync("#nav-sign-in");
        await organiser.FillAsync("#sign-in-email", ExpoClusterFixture.OrganiserEmail);
        await organiser.FillAsync("#sign-in-password", ExpoClusterFixture.OrganiserPassword);
        await organiser.Keyboard.PressAsync("Enter");
        await organiser.ClickAsync("#nav-organiser");
        await organiser.SelectOptionAsync("#organiser-booth", Booth);
        await organiser.ClickAsync("#create-owner-invitation");
        var link = await organiser.Locator("#owner-invitation .invitation-link").GetAttributeAsync("href");

        var exhibitor = await OpenAsync();
        await exhibitor.GotoAsync(link!);
        await Assertions.Expect(exhibitor.Locator("#invitation-offer")).ToContainTextAsync("owner");
        await exhibitor.FillAsync("#register-email", AccountClient.NewEmail());
        await exhibitor.FillAsync("#register-password", AccountClient.Password);
        await exhibitor.FillAsync("#register-name", "Zhang Wei");
        await exhibitor.ClickAsync("#register-form button[type=submit]");
        await Assertions.Expect(exhibitor.Locator("#profile-form")).ToBeVisibleAsync();
        await exhibitor.FillAsync("#profile-nameEn", "Zhangye Danxia Journeys");
        await exhibitor.FillAsync("#profile-nameZh", "张掖丹霞之旅");
        await exhibitor.ClickAsync("#profile-save");
        await Assertions.Expect(exhibitor.Locator("#profile-status")).ToContainTextAsync("Saved");

        await Assertions.Expect(visitor.Locator("#booth-name")).ToHaveTextAsync("Zhangye Danxia Journeys");
        var newcomer = await OpenAsync();
        await newcomer.GotoAsync($"{_baseUrl}#/booth/{Booth}");
        await newcomer.ClickAsync("#lang-zh");
        await Assertions.Expect(newcomer.Locator("#booth-name")).ToHaveTextAsync("张掖丹霞之旅");
    }

    private async Task<IPage> OpenAsync()
    {
        var context = await _browser.NewContextAsync(new() { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_baseUrl);
        await page.Locator("body[data-ready='true']").WaitForAsync();
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        await _web.DisposeAsync();
    }
}
