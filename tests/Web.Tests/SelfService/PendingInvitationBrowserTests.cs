using System.Net;
using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.SelfService;

/// <summary>An owner, in Chinese, invites a colleague, sees the invitation waiting and takes it back; the code then fails.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class PendingInvitationBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    private const string Booth = "fujian-chamber-of-commerce-sri-lanka";

    [Fact]
    public async Task AnOwnerSeesTheInvitationWaitingAndWithdrawsItInChineseAndItsCodeStopsWorking()
    {
        var organiser = await AccountClient.OrganiserAsync(Cluster.WebA);
        var ownerEmail = AccountClient.NewEmail();
        var name = $"林慧{Random.Shared.Next(100, 999)}";
        await AccountClient.RegisterAsync(Cluster.WebA, name, await organiser.InviteAsync(Booth, "owner"), ownerEmail);
        var page = await OpenAsync();
        await SignInAsync(page, ownerEmail, AccountClient.Password);
        await page.ClickAsync("#lang-zh");
        await page.GotoAsync($"{BaseUrl}#/my-booths/{Booth}");

        await page.GetByRole(AriaRole.Button, new() { Name = "邀请工作人员" }).ClickAsync();
        var code = (await page.Locator("#member-invitation .invitation-code").TextContentAsync())!.Trim();
        // Other tests' invitations onto this booth may wait beside it: this owner's is the one named after them.
        var waiting = page.Locator("#pending-invitations li", new() { HasText = $"由{name}邀请" });
        await Assertions.Expect(waiting).ToHaveCountAsync(1);
        await Assertions.Expect(waiting).ToContainTextAsync($"成员，由{name}邀请，有效期至");
        Assert.DoesNotContain(code.Split('.')[1], await page.Locator("#pending-invitations").InnerTextAsync());

        await waiting.GetByRole(AriaRole.Button, new() { NameRegex = new($"^撤回{name}发出的成员邀请") }).ClickAsync();

        await Assertions.Expect(page.Locator("#staff-status")).ToContainTextAsync("邀请已撤回");
        await Assertions.Expect(waiting).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#pending-invitations-heading")).ToBeFocusedAsync();
        var check = await AccountClient.Anonymous(Cluster.WebB).Http.GetAsync($"/api/invitations/{Uri.EscapeDataString(code)}");
        await check.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
    }
}
