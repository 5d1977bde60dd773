using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Meetings;

/// <summary>
/// In Chromium: a visitor opens "For you", enters as a guest, chooses Dunhuang, and is shown Dunhuang's booths with
/// the reason, in English and then in Chinese; a booth elsewhere is not suggested for that choice alone.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class RecommendationBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    private const float Patience = 20_000;

    [Fact]
    public async Task AVisitorWhoChoosesACitySeesItsBoothsWithTheReasonInBothLanguages()
    {
        var page = await OpenAsync();
        await page.GotoAsync($"{BaseUrl}#/for-you");
        await page.FillAsync("#guest-name", "Farida");
        await page.ClickAsync("#guest-submit");
        await page.Locator("#interest-cities-dunhuang").CheckAsync(new() { Timeout = Patience });
        await page.ClickAsync("#interests-save");

        var suggestions = page.Locator("#recommendations li[data-booth]");
        var dunhuang = page.Locator("#recommendations li[data-booth='dunhuang-culture-tourism']");
        await Assertions.Expect(dunhuang.Locator("li[data-reason='city']")).ToContainTextAsync("a city you chose", new() { Timeout = Patience });
        // Only the city was chosen: every suggestion is there for that reason, so none is from another pavilion.
        var count = await suggestions.CountAsync();
        Assert.True(count >= 1);
        await Assertions.Expect(page.Locator("#recommendations li[data-booth]:not(:has(li[data-reason='city']))")).ToHaveCountAsync(0);

        await page.ClickAsync("#lang-zh");
        await Assertions.Expect(dunhuang.Locator("li[data-reason='city']")).ToContainTextAsync("位于您选择的城市", new() { Timeout = Patience });

        // The choice is kept with the visitor: the page read again shows it checked and the same suggestions.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#interest-cities-dunhuang")).ToBeCheckedAsync(new() { Timeout = Patience });
        await Assertions.Expect(suggestions).ToHaveCountAsync(count, new() { Timeout = Patience });
    }
}
