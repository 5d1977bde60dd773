using System.Text.RegularExpressions;
using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using N = Expo.Web.Tests.Infrastructure.Negotiator;

namespace Expo.Web.Tests.Journey;

/// <summary>
/// A new visitor's journey in Chromium, in English and Chinese: the live feed without a session, entering as a guest
/// in the chosen language, the booth page, the directory and the expo bag, a capped booth's line, and the exhibitor's
/// and organiser's pages.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed partial class JourneyBrowserTests(ExpoClusterFixture cluster, JourneyBrowser browser) : IClassFixture<JourneyBrowser>
{
    private const string Booth = "fujian-chamber-of-commerce-sri-lanka";
    private const string CappedBooth = "zhenghe-cultural-center-malacca";

    [Fact]
    public async Task AnAnonymousReaderSeesAnnouncementsCountsAndTheWallLiveAndTheFirstVisitLogsNoError()
    {
        var failures = new List<string>();
        var reads = new List<string>();
        var page = await browser.OpenAsync(prepare: p =>
        {
            p.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    failures.Add($"{response.Status} {response.Url}");
                }
            };
            p.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    failures.Add(message.Text);
                }
            };
            p.Request += (_, request) => reads.Add(new Uri(request.Url).AbsolutePath);
        });
        var count = page.Locator($"li.booth[data-booth-id='{Booth}'] [data-booth-count]");
        var before = int.Parse((await count.GetAttributeAsync("data-booth-count"))!, System.Globalization.CultureInfo.InvariantCulture);
        reads.Clear();

        // Counts: a guest walks in elsewhere; the home page shows it without reading the expo again.
        await using var guest = await ExpoHubClient.ConnectAsync(cluster.WebA, "Walker");
        await guest.EnterBoothAsync(Booth);
        await Assertions.Expect(count).ToHaveAttributeAsync("data-booth-count", $"{before + 1}", new() { Timeout = 15_000 });
        Assert.DoesNotContain("/api/expo", reads);

        // Announcements: published on another node, shown without a session (and without the 15 s re-read).
        var marker = $"Tea on the main stage {Guid.NewGuid():N}";
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        await organiser.SendAsync(HttpMethod.Post, "/api/organiser/announcements", new { operationId = Guid.NewGuid().ToString(), text = new { en = marker, zh = "主舞台品茶" } });
        await Assertions.Expect(page.Locator("#announcements")).ToContainTextAsync(marker);
        await page.ClickAsync("#lang-zh");
        await Assertions.Expect(page.Locator("#announcements")).ToContainTextAsync("主舞台品茶");
        await page.ClickAsync("#lang-en");

        // The signing wall: an agreement signed elsewhere arrives without polling.
        await page.ClickAsync("#nav-signing-wall");
        await Assertions.Expect(page.Locator("#wall-count")).ToBeVisibleAsync();
        reads.Clear();
        var id = await SignAgreementAsync();
        await Assertions.Expect(page.Locator($"#wall-list li[data-agreement='{id}']")).ToHaveClassAsync(new Regex("wall-item--new"), new() { Timeout = 15_000 });
        Assert.DoesNotContain("/api/signing-wall", reads);

        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    /// <summary>A visitor and a new owner of the negotiation booth sign an agreement over HTTP.</summary>
    private async Task<string> SignAgreementAsync()
    {
        var organiserClient = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await AccountClient.RegisterAsync(cluster.WebA, "Zhang Owner", invitation: await organiserClient.InviteAsync(Booth, "owner"));
        var visitor = await AccountClient.RegisterAsync(cluster.WebA, "Amina");
        await using var v = await N.ConnectAsync(cluster.WebA, visitor);
        await using var o = await N.ConnectAsync(cluster.WebA, owner);
        var negotiation = (await v.StartAsync(Booth)).GetProperty("negotiationId").GetString()!;
        await o.CommandAsync(negotiation, "accept-request", new { operationId = N.NewOperation() });
        await v.CommandAsync(negotiation, "propose", new { operationId = N.NewOperation(), basedOnVersion = 0, terms = N.Terms(80000) });
        var hash = (await o.CommandAsync(negotiation, "accept-terms", new { operationId = N.NewOperation(), version = 1 })).GetProperty("documentHash").GetString()!;
        await v.CommandAsync(negotiation, "sign", new { operationId = N.NewOperation(), contentHash = hash });
        await o.CommandAsync(negotiation, "sign", new { operationId = N.NewOperation(), contentHash = hash });
        return negotiation;
    }
}
