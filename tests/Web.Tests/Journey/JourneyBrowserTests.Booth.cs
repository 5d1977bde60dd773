using System.Text.RegularExpressions;
using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Journey;

public sealed partial class JourneyBrowserTests
{
    [Fact]
    public async Task AQueuedVisitorSeesOneConsistentLineAndNoStaleCountAfterLeavingIt()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var inside = (await organiser.Http.GetJsonAsync($"/api/booths/{CappedBooth}/capacity")).GetProperty("occupancy").GetInt32();
        await SetCapacityAsync(organiser, inside + 1);
        try
        {
            var mei = await browser.EnterAsGuestAsync(CappedBooth, "Mei");
            await Assertions.Expect(mei.Locator("#presence-list li", new() { HasText = "Mei" })).ToHaveCountAsync(1);
            var jonas = await browser.EnterAsGuestAsync(CappedBooth, "Jonas");
            await Assertions.Expect(jonas.Locator("#queue-position")).ToHaveTextAsync("You are 1st in line (1 of 1).");

            await using var third = await ExpoHubClient.ConnectAsync(cluster.WebA, "Li");
            await third.EnterBoothAsync(CappedBooth);
            await Assertions.Expect(jonas.Locator("#queue-position")).ToHaveTextAsync("You are 1st in line (1 of 2).");
            await Assertions.Expect(mei.Locator("#capacity-waiting")).ToHaveTextAsync("2 waiting to get in");
            // The queue panel speaks of the line; the capacity line beside it does not say it again, differently.
            await Assertions.Expect(jonas.Locator("#capacity-here")).ToBeVisibleAsync();
            await Assertions.Expect(jonas.Locator("#capacity-waiting")).ToBeHiddenAsync();

            await jonas.ClickAsync("#queue-leave");
            await Assertions.Expect(jonas.Locator("#queue-rejoin")).ToBeVisibleAsync();
            await Assertions.Expect(jonas.Locator("#booth-capacity")).ToBeHiddenAsync();
            await mei.Context.CloseAsync();
            await jonas.Context.CloseAsync();
        }
        finally
        {
            await SetCapacityAsync(organiser, null);
        }
    }

    [Fact]
    public async Task TheBannerOpensTheBoothPageAndOnlyStaffOpenTheBoothsEditor()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await AccountClient.RegisterAsync(cluster.WebA, "Banner Owner", invitation: await organiser.InviteAsync(Booth, "owner"));
        var image = (await owner.UploadOkAsync(Booth, MediaSamples.Png, "banner.png")).GetProperty("id").GetString();
        await (await owner.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/catalogue/branding",
            new { operationId = Guid.NewGuid().ToString(), logoId = image, bannerId = image })).JsonAsync();

        var visitor = await browser.OpenAsync($"#/booth/{Booth}");
        var banner = visitor.Locator("#booth-brand #booth-banner");
        await Assertions.Expect(banner).ToHaveCountAsync(1);
        await Assertions.Expect(visitor.Locator("#booth-brand #booth-logo")).ToHaveCountAsync(1);
        var bannerBox = await banner.BoundingBoxAsync();
        var nameBox = await visitor.Locator("#booth-name").BoundingBoxAsync();
        Assert.True(bannerBox!.Y < nameBox!.Y, "The banner sits above the booth's name.");
        await visitor.Context.CloseAsync();

        var stranger = await AccountClient.RegisterAsync(cluster.WebA, "Not Staff");
        var page = await browser.SignInAsync(stranger.Email, AccountClient.Password, $"#/my-booths/{Booth}");
        await Assertions.Expect(page.Locator("#not-your-booth")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#profile-form")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AMutedVisitorIsToldOnEnteringAndTheAuditLogReadsInChinese()
    {
        var guest = await browser.EnterAsGuestAsync(Booth, "Loud");
        var visitorId = await guest.EvaluateAsync<string>("async () => (await (await fetch('/api/auth/session')).json()).user.visitorId");
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        await (await organiser.SendAsync(HttpMethod.Post, "/api/moderation/sanctions", new
        {
            operationId = Guid.NewGuid().ToString(), kind = "mute", visitorId, boothId = Booth, durationMinutes = 60, reason = "Shouting",
        })).JsonAsync();

        await guest.ReloadAsync();
        await Assertions.Expect(guest.Locator("#chat-mute")).ToContainTextAsync("You are muted in this booth until", new() { Timeout = 15_000 });
        await Assertions.Expect(guest.Locator("#chat-input")).ToBeDisabledAsync();
        await guest.ClickAsync("#lang-zh");
        await guest.ReloadAsync();
        await Assertions.Expect(guest.Locator("#chat-mute")).ToContainTextAsync("您在此展位已被禁言", new() { Timeout = 15_000 });
        await guest.Context.CloseAsync();

        var console = await browser.SignInAsync(ExpoClusterFixture.OrganiserEmail, ExpoClusterFixture.OrganiserPassword, "#/organiser/moderation");
        await console.ClickAsync("#lang-zh");
        var row = console.Locator("#mod-audit tbody tr", new() { HasText = "Shouting" }).First;
        await Assertions.Expect(row).ToContainTextAsync("禁言");
        await Assertions.Expect(row).ToContainTextAsync("分钟");
        var text = await row.InnerTextAsync();
        Assert.DoesNotMatch(new Regex(@"until|\d{4}-\d{2}-\d{2}T|\bmute\b"), text);
        await console.Context.CloseAsync();
    }

    [Fact]
    public async Task AVisitorMutedInsideTheBoothSeesTheChatBoxCloseAtOnceAndOpenWhenLiftedInChinese()
    {
        var guest = await browser.EnterAsGuestAsync(Booth, "Shouter");
        await guest.ClickAsync("#lang-zh");
        var visitorId = await guest.EvaluateAsync<string>("async () => (await (await fetch('/api/auth/session')).json()).user.visitorId");
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var notice = guest.Locator("#chat-mute");
        await Assertions.Expect(guest.Locator("#chat-input")).ToBeEnabledAsync();

        var sanction = await (await organiser.SendAsync(HttpMethod.Post, "/api/moderation/sanctions", new
        {
            operationId = Guid.NewGuid().ToString(), kind = "mute", visitorId, boothId = Booth, reason = "Shouting",
        })).JsonAsync();

        // No reload and no attempt to send: the box closes as the mute is stored, and says why in the page's language.
        await Assertions.Expect(guest.Locator("#chat-input")).ToBeDisabledAsync();
        await Assertions.Expect(guest.Locator("#chat-send")).ToBeDisabledAsync();
        await Assertions.Expect(notice).ToHaveTextAsync("您在此展位已被禁言，直到管理员解除：您可以阅读聊天，但不能发言。原因：Shouting");
        await Assertions.Expect(notice).ToHaveAttributeAsync("aria-live", "polite");

        await organiser.SendAsync(HttpMethod.Post, $"/api/moderation/sanctions/{sanction.GetProperty("id").GetString()}/lift",
            new { operationId = Guid.NewGuid().ToString(), reason = "Calmer now" });
        await Assertions.Expect(guest.Locator("#chat-input")).ToBeEnabledAsync();
        await Assertions.Expect(notice).ToHaveTextAsync("您的禁言已结束：您可以再次在此展位的聊天中发言。");
        await guest.Context.CloseAsync();
    }

    private static async Task SetCapacityAsync(AccountClient actor, int? capacity) =>
        await (await actor.SendAsync(HttpMethod.Put, $"/api/booths/{CappedBooth}/capacity", new { operationId = Guid.NewGuid().ToString("N"), capacity }))
            .JsonAsync();
}
