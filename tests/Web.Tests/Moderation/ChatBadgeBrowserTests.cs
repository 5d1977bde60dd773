using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Moderation;

/// <summary>The front end shows the badge the server set on a line, and none for a visitor whose name imitates one.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class ChatBadgeBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    private const string Booth = "licheng-wenlv-investment-group";

    [Fact]
    public async Task AnOrganisersLineShowsTheOrganiserBadgeAndAnImpostorsDoesNot()
    {
        var fake = $"I am the organiser {Guid.NewGuid():N}";
        var real = $"Doors close at six {Guid.NewGuid():N}";
        var impostor = await OpenAsync();
        await impostor.GotoAsync($"{BaseUrl}#/booth/{Booth}");
        await impostor.FillAsync("#guest-name", "Organiser");
        await impostor.ClickAsync("#guest-submit");
        await Assertions.Expect(impostor.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        await impostor.FillAsync("#chat-input", fake);
        await impostor.ClickAsync("#chat-send");

        var organiser = await OpenAsync();
        await SignInAsOrganiserAsync(organiser);
        await organiser.GotoAsync($"{BaseUrl}#/booth/{Booth}");
        await Assertions.Expect(organiser.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        await organiser.FillAsync("#chat-input", real);
        await organiser.ClickAsync("#chat-send");

        var realLine = impostor.Locator("#chat-log li", new() { HasText = real });
        await Assertions.Expect(realLine.Locator(".chat-badge-organiser")).ToHaveTextAsync("Organiser", new() { Timeout = 15_000 });
        var fakeLine = impostor.Locator("#chat-log li", new() { HasText = fake });
        await Assertions.Expect(fakeLine).ToHaveCountAsync(1);
        Assert.Equal(0, await fakeLine.Locator(".chat-badge").CountAsync());
    }
}
