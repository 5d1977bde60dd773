using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Moderation;

/// <summary>Moderation in the real front end: an organiser removes a line from the booth chat and a visitor sees it vanish, then mutes the visitor, who is told why.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class ModerationBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    private const string Booth = "chaozhou-chunhui-international-travel";

    [Fact]
    public async Task AnOrganiserRemovesALineTheVisitorSeesItVanishAndAMuteTellsTheVisitorWhy()
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

        var second = $"Still selling {Guid.NewGuid():N}";
        await visitor.FillAsync("#chat-input", second);
        await visitor.ClickAsync("#chat-send");
        var secondLine = organiser.Locator("#chat-log li", new() { HasText = second });
        await secondLine.Locator("[data-action='mute']").ClickAsync();
        await secondLine.Locator("select").First.SelectOptionAsync("15");
        await secondLine.Locator("textarea.mod-reason").FillAsync("Keeps advertising");
        await secondLine.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(secondLine.Locator(".form-status--ok")).ToHaveCountAsync(1);

        // The visitor need not try to write: the chat box closes at once and says why.
        await Assertions.Expect(visitor.Locator("#chat-input")).ToBeDisabledAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(visitor.Locator("#chat-mute")).ToContainTextAsync("You are muted in this booth until");
        await Assertions.Expect(visitor.Locator("#chat-mute")).ToContainTextAsync("Reason: Keeps advertising");

        await organiser.GotoAsync($"{BaseUrl}#/organiser/moderation");
        await Assertions.Expect(organiser.Locator("#mod-sanctions li", new() { HasText = "Keeps advertising" })).ToHaveCountAsync(1);
        var row = organiser.Locator("#mod-audit tr", new() { HasText = reason });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Mei");
        await Assertions.Expect(row).ToContainTextAsync("message removed");
    }
}
