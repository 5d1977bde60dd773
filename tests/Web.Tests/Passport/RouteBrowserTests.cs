using System.Text.Json;
using System.Text.RegularExpressions;
using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Passport;

/// <summary>In Chromium: the Silk Road map and its route list lead into pavilions; the passport page shows the stamps.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed partial class RouteBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    [Fact]
    public async Task TheMapLeadsIntoAPavilionByClickAndByEnterInBothLanguagesAndTheListDoesOnAPhone()
    {
        var page = await OpenAsync();
        var cities = page.Locator("svg.silk-road-map a.map-city");
        await Assertions.Expect(cities).ToHaveCountAsync(8);
        var dunhuang = page.Locator("svg.silk-road-map a.map-city[data-pavilion-id='dunhuang']");
        await Assertions.Expect(dunhuang).ToHaveAttributeAsync("aria-label", EnglishCityLabel());

        await dunhuang.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#/pavilion/dunhuang$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dunhuang");
        await Assertions.Expect(page.Locator("a.booth-link[data-booth-id='dunhuang-culture-tourism']")).ToBeVisibleAsync();

        await page.GoBackAsync();
        await page.ClickAsync("#lang-zh");
        var jimsar = page.Locator("svg.silk-road-map a.map-city[data-pavilion-id='jimsar']");
        await Assertions.Expect(jimsar).ToHaveAttributeAsync("aria-label", ChineseCityLabel());
        await Assertions.Expect(page.Locator(".map-legend")).ToContainTextAsync("海上丝绸之路");

        // Keyboard: the city is a link in the tab order; Enter follows it.
        await jimsar.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#/pavilion/jimsar$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("吉木萨尔县");

        // On a phone the map gives way to the list, which follows the route from Quanzhou.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(BaseUrl);
        await Assertions.Expect(page.Locator("svg.silk-road-map")).ToBeHiddenAsync();
        var stops = page.Locator(".route-list a.route-link");
        await Assertions.Expect(stops).ToHaveCountAsync(8);
        await Assertions.Expect(stops.First).ToContainTextAsync("泉州市鲤城区");
        await page.Locator(".route-list a[data-pavilion-id='belt-and-road-friends']").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("“一带一路”之友");
    }

    [Fact]
    public async Task ThePassportPageShowsAChatStampInBothLanguages()
    {
        var page = await OpenAsync();
        await page.ClickAsync("#nav-passport");
        await Assertions.Expect(page.Locator("#passport-no-session")).ToBeVisibleAsync();

        await page.GotoAsync($"{BaseUrl}#/booth/dunhuang-culture-tourism");
        await page.FillAsync("#guest-name", "Mei");
        await page.ClickAsync("#guest-submit");
        await Assertions.Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        await page.FillAsync("#chat-input", "Hello from the passport test");
        await page.ClickAsync("#chat-send");
        await Assertions.Expect(page.Locator("#chat-log li .chat-text", new() { HasText = "Hello from the passport test" })).ToHaveCountAsync(1);

        // The booth stamps the passport just after storing the line; the page reads the passport when it opens.
        await WaitForStampsAsync(page, 1);
        await page.ClickAsync("#nav-passport");
        await Assertions.Expect(page.Locator("#passport-progress")).ToHaveTextAsync("1 of 8 pavilions stamped");
        var stamp = page.Locator("#passport-stamps li.stamp--done");
        await Assertions.Expect(stamp).ToHaveCountAsync(1);
        await Assertions.Expect(stamp).ToHaveAttributeAsync("data-pavilion-id", "dunhuang");
        await Assertions.Expect(stamp).ToContainTextAsync("for a chat at");
        await Assertions.Expect(page.Locator("#passport-stamps li.stamp--empty")).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator("#passport-certificate")).ToHaveCountAsync(0);

        await page.ClickAsync("#lang-zh");
        await Assertions.Expect(page.Locator("#passport-progress")).ToHaveTextAsync("已集 1 / 8 个展馆印章");
        await Assertions.Expect(stamp).ToContainTextAsync("敦煌市");
        await Assertions.Expect(stamp).ToContainTextAsync("聊天时盖章");
        await Assertions.Expect(page.Locator("#nav-passport")).ToHaveTextAsync("护照");

        // The organiser console counts passports by their stamps.
        var organiser = await OpenAsync();
        await SignInAsOrganiserAsync(organiser);
        await organiser.ClickAsync("#nav-organiser");
        await Assertions.Expect(organiser.Locator("#passport-counts tbody tr")).ToHaveCountAsync(8);
        await Assertions.Expect(organiser.Locator("#passport-completed")).ToContainTextAsync("collected all 8 stamps");
    }

    private static async Task WaitForStampsAsync(IPage page, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var response = await page.Context.APIRequest.GetAsync(new Uri(new Uri(page.Url), "/api/me/passport").ToString());
            var passport = JsonDocument.Parse(await response.TextAsync()).RootElement;
            if (response.Ok && passport.GetProperty("collected").GetInt32() >= count)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The passport has no {count} stamps: {passport}");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"^Dunhuang: \d+ visitors? now\. Enter the pavilion$")]
    private static partial Regex EnglishCityLabel();

    [GeneratedRegex(@"^吉木萨尔县：现有 \d+ 位访客。进入展馆$")]
    private static partial Regex ChineseCityLabel();
}
