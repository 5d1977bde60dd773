using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Finish;

/// <summary>
/// One Web node, one Chromium and one browser context per kind of viewer, shared by the tour tests of a class: each
/// context signs in (or enters the booth as a guest) once, then visits pages in English and in Chinese.
/// </summary>
public sealed partial class PageTour : IAsyncDisposable
{
    public const string GuestName = "Omar Haddad";
    public const string ExhibitorName = "Ines Barros";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(Viewer, string), IPage> _pages = [];
    private ExpoWebFactory? _web;
    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public string BaseUrl { get; private set; } = null!;

    public string ExhibitorEmail { get; private set; } = null!;

    /// <summary>Names and addresses of the tour's people: their content, not interface text.</summary>
    public List<string> PeoplesContent { get; } = [GuestName, ExhibitorName];

    public async Task StartAsync(ExpoClusterFixture cluster)
    {
        await _gate.WaitAsync();
        try
        {
            if (_web is not null)
            {
                return;
            }

            var web = new ExpoWebFactory(cluster.Settings);
            var port = web.StartOnFreePort();
            BaseUrl = $"http://localhost:{port}/";
            (_playwright, Chromium) = await Browser.LaunchAsync();
            var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
            var code = await organiser.InviteAsync(ExpoPages.Booth, "owner");
            var exhibitor = await AccountClient.RegisterAsync(cluster.WebA, ExhibitorName, code);
            ExhibitorEmail = exhibitor.Email;
            PeoplesContent.Add(ExhibitorEmail);
            PeoplesContent.Add(organiser.Session.GetProperty("displayName").GetString()!);
            PeoplesContent.Add(ExpoClusterFixture.OrganiserEmail);
            _web = web;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new desktop context for <paramref name="viewer"/>, already signed in or inside the booth as a guest.</summary>
    public async Task<IPage> NewViewerAsync(Viewer viewer, ViewportSize? viewport = null)
    {
        var context = await Chromium.NewContextAsync(new()
        {
            Locale = "en-GB",
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 800 },
            BypassCSP = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl);
        await page.Locator("body[data-ready='true']").WaitForAsync();
        switch (viewer)
        {
            case Viewer.Guest:
                await GoAsync(page, $"#/booth/{ExpoPages.Booth}");
                await page.FillAsync("#guest-name", GuestName);
                await page.ClickAsync("#guest-submit");
                await Assertions.Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
                break;
            case Viewer.Exhibitor:
                await SignInAsync(page, ExhibitorEmail, AccountClient.Password);
                break;
            case Viewer.Organiser:
                await SignInAsync(page, ExpoClusterFixture.OrganiserEmail, ExpoClusterFixture.OrganiserPassword);
                break;
        }

        return page;
    }

    /// <summary>The tour's page of <paramref name="viewer"/> in <paramref name="language"/>, at <paramref name="expoPage"/> once its data is shown.</summary>
    public async Task<IPage> VisitAsync(ExpoPage expoPage, string language)
    {
        if (!_pages.TryGetValue((expoPage.Viewer, language), out var page))
        {
            page = _pages[(expoPage.Viewer, language)] = await NewViewerAsync(expoPage.Viewer);
        }

        await UseLanguageAsync(page, language);
        await GoAsync(page, ExpoPages.HashOf(expoPage));
        await Assertions.Expect(page.Locator(expoPage.Ready).First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await SettledAsync(page);
        return page;
    }

    public static async Task UseLanguageAsync(IPage page, string language)
    {
        var button = page.Locator($"#lang-{language}");
        if (await button.GetAttributeAsync("aria-pressed") != "true")
        {
            await button.ClickAsync();
        }

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
    }

    /// <summary>Follows a link inside the app the way the router sees it, and waits for the new view to be mounted.</summary>
    public static async Task GoAsync(IPage page, string hash)
    {
        await page.EvaluateAsync("""
            (hash) => {
              document.body.dataset.ready = 'false';
              if (location.hash === hash) location.reload(); else location.hash = hash;
            }
            """, hash);
        await page.Locator("body[data-ready='true']").WaitForAsync();
    }

    /// <summary>Views fill in after their requests answer: wait until none shows a loading line.</summary>
    public static Task SettledAsync(IPage page) =>
        Assertions.Expect(page.Locator("main .loading, main [aria-busy='true']")).ToHaveCountAsync(0);

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await GoAsync(page, "#/sign-in");
        await page.FillAsync("#sign-in-email", email);
        await page.FillAsync("#sign-in-password", password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#user-badge")).ToBeVisibleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Chromium.CloseAsync();
            _playwright.Dispose();
        }

        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        _gate.Dispose();
    }
}
