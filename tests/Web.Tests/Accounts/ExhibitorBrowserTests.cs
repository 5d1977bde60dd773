using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Accounts;

/// <summary>The exhibitor's first day in Chromium: the organiser invites, the exhibitor registers with the link and edits the booth, a visitor sees it.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class ExhibitorBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    private const string Booth = "ganzhou-zhangye-culture-tourism";
    [Fact]
    public async Task AnInvitedExhibitorRegistersEditsTheBoothAndAVisitorSeesTheNewName()
    {
        var visitor = await OpenAsync();
        await visitor.GotoAsync($"{BaseUrl}#/booth/{Booth}");
        await visitor.FillAsync("#guest-name", "Amina");
        await visitor.ClickAsync("#guest-submit");
        await Assertions.Expect(visitor.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");

        var organiser = await OpenAsync();
        await SignInAsOrganiserAsync(organiser);
        await organiser.ClickAsync("#nav-organiser");
        await organiser.SelectOptionAsync("#organiser-booth", Booth);
        await organiser.ClickAsync("#create-owner-invitation");
        var link = await organiser.Locator("#owner-invitation .invitation-link").GetAttributeAsync("href");
        var waiting = organiser.Locator("#pending-invitations li", new() { HasText = "Owner, invited by" });
        await Assertions.Expect(waiting).Not.ToHaveCountAsync(0);
        var waitingBefore = await waiting.CountAsync();

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
        // Accepted, the invitation no longer waits on the organiser's console (shown again on choosing the booth).
        await organiser.SelectOptionAsync("#organiser-booth", Booth);
        await organiser.Locator("#organiser-booth").DispatchEventAsync("change");
        await Assertions.Expect(waiting).ToHaveCountAsync(waitingBefore - 1);
        var newcomer = await OpenAsync();
        await newcomer.GotoAsync($"{BaseUrl}#/booth/{Booth}");
        await newcomer.ClickAsync("#lang-zh");
        await Assertions.Expect(newcomer.Locator("#booth-name")).ToHaveTextAsync("张掖丹霞之旅");
    }

}
