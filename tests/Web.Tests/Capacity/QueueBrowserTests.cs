using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Capacity;

/// <summary>A full booth in Chromium: the second guest sees their place in line and gets in when the first leaves.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class QueueBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    // A booth no other browser or hub test of the collection enters; the cap is cleared again at the end.
    private const string Booth = "journey-to-the-west-cultural-research-association";

    [Fact]
    public async Task AGuestAtAFullBoothSeesTheirPlaceInLineAndGetsInWhenTheOtherLeaves()
    {
        var organiser = await AccountClient.OrganiserAsync(Cluster.WebA);
        var inside = (await organiser.Http.GetJsonAsync($"/api/booths/{Booth}/capacity")).GetProperty("occupancy").GetInt32();
        await SetCapacityAsync(organiser, inside + 1);
        try
        {
            var mei = await EnterAsGuestAsync("Mei");
            await Assertions.Expect(mei.Locator("#presence-list li", new() { HasText = "Mei" })).ToHaveCountAsync(1);
            await Assertions.Expect(mei.Locator("#capacity-here")).ToHaveTextAsync($"{inside + 1} / {inside + 1} here");

            var jonas = await EnterAsGuestAsync("Jonas");
            await Assertions.Expect(jonas.Locator("#queue-position")).ToHaveTextAsync("You are 1st in line (1 of 1).");
            await Assertions.Expect(jonas.Locator("#chat-input")).ToBeHiddenAsync();
            await Assertions.Expect(mei.Locator("#capacity-waiting")).ToHaveTextAsync("1 waiting to get in");

            await mei.Context.CloseAsync();

            await Assertions.Expect(jonas.Locator("#presence-list li", new() { HasText = "Jonas" })).ToHaveCountAsync(1, new() { Timeout = 15_000 });
            await Assertions.Expect(jonas.Locator("#booth-queue")).ToBeHiddenAsync();
            await Assertions.Expect(jonas.Locator("#chat-input")).ToBeVisibleAsync();
        }
        finally
        {
            await SetCapacityAsync(organiser, null);
        }
    }

    [Fact]
    public async Task AnOrganiserCapsTheBoothFromItsPageAndRemovesTheCapAgain()
    {
        var page = await OpenAsync();
        await SignInAsOrganiserAsync(page);
        await page.Locator($"a.booth-link[data-booth-id='{Booth}']").First.ClickAsync();
        var reader = AccountClient.Anonymous(Cluster.WebB);
        try
        {
            await page.FillAsync("#capacity-input", "0");
            await page.PressAsync("#capacity-input", "Enter");
            await Assertions.Expect(page.Locator("#capacity-status")).ToHaveTextAsync("Enter a whole number from 1 to 10000.");

            await page.FillAsync("#capacity-input", "25");
            await page.PressAsync("#capacity-input", "Enter");
            await Assertions.Expect(page.Locator("#capacity-current")).ToHaveTextAsync("Capped at 25.");
            Assert.Equal(25, (await reader.Http.GetJsonAsync($"/api/booths/{Booth}/capacity")).GetProperty("capacity").GetInt32());
            await Assertions.Expect(page.Locator("#capacity-here")).ToContainTextAsync("/ 25 here");

            await page.ClickAsync("#capacity-clear");
            await Assertions.Expect(page.Locator("#capacity-current")).ToHaveTextAsync("No cap: everyone gets in.");
            Assert.Equal(System.Text.Json.JsonValueKind.Null, (await reader.Http.GetJsonAsync($"/api/booths/{Booth}/capacity")).GetProperty("capacity").ValueKind);
            await Assertions.Expect(page.Locator("#booth-capacity")).ToBeHiddenAsync();
        }
        finally
        {
            await SetCapacityAsync(await AccountClient.OrganiserAsync(Cluster.WebA), null);
        }
    }

    private async Task<IPage> EnterAsGuestAsync(string name)
    {
        var page = await OpenAsync();
        await page.Locator($"a.booth-link[data-booth-id='{Booth}']").First.ClickAsync();
        await page.FillAsync("#guest-name", name);
        await page.ClickAsync("#guest-submit");
        await Assertions.Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        return page;
    }

    private static async Task SetCapacityAsync(AccountClient actor, int? capacity) =>
        await (await actor.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/capacity", new { operationId = Guid.NewGuid().ToString("N"), capacity }))
            .JsonAsync();
}
