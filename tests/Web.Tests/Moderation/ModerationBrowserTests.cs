using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Moderation;

/// <summary>Moderation in the real front end: an organiser removes a line from the booth chat and a visitor sees it vanish.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class ModerationBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    private const string Booth = "chaozhou-chunhui-international-travel";

    [Fact]
    public async Task AnOrganiserRemovesALineAndTheVisitorSeesItVanishThenFindsItInTheAuditLog()
    {
        var marker = $"Cheap watches {Guid.NewGuid():N}";
        var reason = $"Advertising {Guid.NewGuid():N}";
        var visitor = await OpenAsync();
        await visitor.GotoAsync($"{BaseUrl}#/booth/{Booth}");
        await visitor.FillAsync("#guest-name", "Mei");
        await visitor.ClickAsync("#guest-submit");
        await Assertions.Expect(visitor.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        await visitor.FillAsync("#chat-input", marker);
        await visitor.ClickAsync("#chat-send");
        var visitorLine = visitor.Locator("#chat-log li", new() { HasText = marker });
        await Assertions.Expect(visitorLine).ToHaveCountAsync(1);
        Assert.Equal(0, await visitor.Locator("#chat-log [data-action='remove']").CountAsync());

        var organiser = await OpenAsync();
        await SignInAsOrganiserAsync(organiser);
        await organiser.GotoAsync($"{BaseUrl}#/booth/{Booth}");
        var organiserLine = organiser.Locator("#chat-log li", new() { HasText = marker });
        await organiserLine.Locator("[data-action='remove']").ClickAsync();
        await organiserLine.Locator("textarea.mod-reason").FillAsync(reason);
        await organiserLine.Locator("button[type='submit']").ClickAsync();

        await Assertions.Expect(visitorLine).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Assertions.Expect(organiserLine).ToHaveCountAsync(0, new() { Timeout = 15_000 });

        await organiser.GotoAsync($"{BaseUrl}#/organiser/moderation");
        var row = organiser.Locator("#mod-audit tr", new() { HasText = reason });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Mei");
        await Assertions.Expect(row).ToContainTextAsync("message removed");
    }
}
