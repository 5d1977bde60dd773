using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Negotiations;

/// <summary>A visitor and a booth owner negotiate in Chromium from the request to the signature; a guest watches the signing wall.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class NegotiationBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    private const string Booth = "fujian-zhongquan-international-tourism";
    [Fact]
    public async Task AVisitorAndABoothOwnerNegotiateToASignatureThatAppearsLiveOnTheSigningWall()
    {
        var organiser = await AccountClient.OrganiserAsync(Cluster.WebA);
        var ownerEmail = AccountClient.NewEmail();
        var visitorEmail = AccountClient.NewEmail();
        await AccountClient.RegisterAsync(Cluster.WebA, "Zhongquan Owner", await organiser.InviteAsync(Booth, "owner"), ownerEmail);
        await AccountClient.RegisterAsync(Cluster.WebA, "Amina", email: visitorEmail);
        var owner = await SignInAsync(ownerEmail);
        var visitor = await SignInAsync(visitorEmail);
        var guest = await OpenAsync();
        await guest.GotoAsync($"{BaseUrl}#/booth/{Booth}");
        await guest.FillAsync("#guest-name", "Watcher");
        await guest.ClickAsync("#guest-submit");
        await Assertions.Expect(guest.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        await guest.GotoAsync($"{BaseUrl}#/signing-wall");
        await Assertions.Expect(guest.Locator("#wall-list li").First).ToBeVisibleAsync();

        await visitor.GotoAsync($"{BaseUrl}#/booth/{Booth}");
        await visitor.ClickAsync("#negotiate-link");
        await visitor.FillAsync("#negotiate-subject", "Maritime Silk Road study tours");
        await visitor.ClickAsync("#negotiate-submit");
        await Assertions.Expect(visitor.Locator("#negotiation-status")).ToHaveAttributeAsync("data-status", "requested");
        var id = visitor.Url.Split("#/negotiation/")[1];

        await Assertions.Expect(owner.Locator("#inbox-badge")).ToBeVisibleAsync();
        await owner.ClickAsync("#nav-negotiations");
        await owner.ClickAsync($"#inbox-items a[href='#/negotiation/{id}']");
        await owner.ClickAsync("#accept-request");

        await Assertions.Expect(visitor.Locator("#negotiation-status")).ToHaveAttributeAsync("data-status", "open");
        await visitor.FillAsync("#propose-scope", "Twelve study tours along the Maritime Silk Road.");
        await visitor.FillAsync("#propose-value", "100000");
        await visitor.FillAsync("#propose-currency", "CNY");
        await visitor.ClickAsync("#propose-submit");

        await Assertions.Expect(owner.Locator("#negotiation-status")).ToHaveAttributeAsync("data-status", "offered");
        await owner.ClickAsync(".counter-block summary");
        await owner.FillAsync("#counter-value", "150000");
        await owner.ClickAsync("#counter-submit");

        await Assertions.Expect(visitor.Locator(".version[data-version='2'] .diff-after")).ToContainTextAsync("150000");
        await Assertions.Expect(visitor.Locator(".version[data-version='2'] .diff-before")).ToContainTextAsync("100000");
        await visitor.FillAsync("#negotiation-chat-input", "Agreed on our side.");
        await visitor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(owner.Locator("#negotiation-chat-log")).ToContainTextAsync("Agreed on our side.");
        await visitor.ClickAsync("#accept-terms");
        await Assertions.Expect(visitor.Locator("#document-hash")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{64}$"));
        var hash = await visitor.Locator("#document-hash").TextContentAsync();
        await Assertions.Expect(owner.Locator("#document-hash")).ToHaveTextAsync(hash!);
        await visitor.ClickAsync("#sign");
        await owner.ClickAsync("#sign");

        await Assertions.Expect(owner.Locator("#negotiation-status")).ToHaveAttributeAsync("data-status", "signed");
        var onWall = guest.Locator($"#wall-list li[data-agreement='{id}']");
        await Assertions.Expect(onWall).ToContainTextAsync("Maritime Silk Road study tours");
        await Assertions.Expect(onWall).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("wall-item--new"));
        await Assertions.Expect(onWall).ToContainTextAsync("Amina");
    }

    private async Task<IPage> SignInAsync(string email)
    {
        var page = await OpenAsync();
        await SignInAsync(page, email, AccountClient.Password);
        await Assertions.Expect(page.Locator("#nav-negotiations")).ToBeVisibleAsync();
        return page;
    }

}
