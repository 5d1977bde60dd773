using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Agenda;

/// <summary>
/// In Chromium: a visitor opens the agenda, enters as a guest, adds a session to the plan, opens it and asks a
/// question; another visitor on the other Web node sees the question and upvotes it, and the page shows the vote live.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class AgendaBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    // The machine may be loaded: live updates get a generous deadline.
    private const float Patience = 20_000;

    [Fact]
    public async Task AVisitorPlansASessionAndAsksAQuestionThatAnotherVisitorSeesAndUpvotes()
    {
        var title = $"Silk Road stories {Guid.NewGuid():N}"[..30];
        var sessionId = await AgendaRequests.CreateAsync(await AccountClient.OrganiserAsync(Cluster.WebA), DateTimeOffset.UtcNow.AddDays(1), title);
        var page = await OpenAsync();

        await page.ClickAsync("#nav-agenda");
        await Assertions.Expect(page.Locator("#agenda-schedule")).ToContainTextAsync("Opening ceremony and addresses", new() { Timeout = Patience });
        // The seeded speakers' organisation reads in the page's language, like their roles.
        var openingSpeakers = page.Locator("#agenda-schedule [data-session='opening-ceremony'] .speakers").First;
        await page.ClickAsync("#lang-zh");
        await Assertions.Expect(openingSpeakers).ToContainTextAsync("鲤城区委书记，泉州市鲤城区");
        await page.ClickAsync("#lang-en");
        await Assertions.Expect(openingSpeakers).ToContainTextAsync("Secretary of the Licheng District Party Committee, Licheng District, Quanzhou");
        await page.FillAsync("#guest-name", "Mei");
        await page.ClickAsync("#guest-submit");
        var card = page.Locator($"#agenda-schedule [data-session='{sessionId}']");
        await Assertions.Expect(card).ToContainTextAsync(title, new() { Timeout = Patience });
        await Assertions.Expect(card).ToContainTextAsync("Expo time (Asia/Shanghai)", new() { Timeout = Patience });
        await card.Locator("[data-plan]").ClickAsync();
        await Assertions.Expect(card.Locator("[data-plan]")).ToHaveAttributeAsync("aria-pressed", "true", new() { Timeout = Patience });

        await card.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title, new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#session-stream")).ToHaveAttributeAsync("href", "https://video.example.com/live/1", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("[data-plan]")).ToHaveAttributeAsync("aria-pressed", "true", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("section.qna[data-live='true']")).ToBeVisibleAsync(new() { Timeout = Patience });
        await page.FillAsync("#qna-text", "Will the alliance hold sports events?");
        await page.Keyboard.PressAsync("Enter");
        var question = page.Locator("#qna-list [data-question]");
        await Assertions.Expect(question).ToContainTextAsync("Will the alliance hold sports events?", new() { Timeout = Patience });
        await Assertions.Expect(question.Locator("[data-action='vote']")).ToBeDisabledAsync(new() { Timeout = Patience });

        await using var other = await ExpoHubClient.ConnectAsync(Cluster.WebB, "Bo");
        using var seen = await QnaView.OpenAsync(other, sessionId);
        await Eventually.WaitAsync("the question on node B", () => seen.Ordered().Count == 1, TimeSpan.FromSeconds(20));
        var questionId = await question.GetAttributeAsync("data-question");
        await seen.VoteAsync(questionId!);

        await Assertions.Expect(question.Locator(".qna-votes")).ToHaveTextAsync("1 vote", new() { Timeout = Patience });
        await page.ClickAsync("#lang-zh");
        await Assertions.Expect(question.Locator(".qna-votes")).ToHaveTextAsync("1 票", new() { Timeout = Patience });
    }

    [Fact]
    public async Task AnOrganiserAddsASessionFromTheFormAndCancelsIt()
    {
        var title = $"Murals talk {Guid.NewGuid():N}"[..24];
        var page = await OpenAsync();
        await SignInAsOrganiserAsync(page);
        await page.ClickAsync("#nav-agenda");

        await page.FillAsync("#session-title-en", title);
        await page.FillAsync("#session-title-zh", "壁画讲座");
        await page.FillAsync("#session-description-en", "Restorers on their work.");
        await page.FillAsync("#session-description-zh", "修复师谈修复工作。");
        await page.FillAsync("#session-starts", "2030-05-01T10:00");
        await page.FillAsync("#session-ends", "2030-05-01T09:00");
        await page.SelectOptionAsync("#session-place", "dunhuang");
        await page.FillAsync("#session-speakers", "A. Restorer; Dunhuang; Restorer; 修复师");
        await page.FillAsync("#session-stream", "https://video.example.com/murals");
        await page.ClickAsync("#session-save");
        await Assertions.Expect(page.Locator("#agenda-editor-status")).ToContainTextAsync("not accepted", new() { Timeout = Patience });

        await page.FillAsync("#session-ends", "2030-05-01T11:00");
        await page.ClickAsync("#session-save");
        await Assertions.Expect(page.Locator("#agenda-editor-status")).ToContainTextAsync($"Saved: {title}", new() { Timeout = Patience });
        var card = page.Locator("#agenda-schedule [data-session]", new() { HasText = title });
        await Assertions.Expect(card).ToContainTextAsync("A. Restorer", new() { Timeout = Patience });
        await Assertions.Expect(card).ToContainTextAsync("Dunhuang", new() { Timeout = Patience });

        await card.Locator("[data-cancel]").ClickAsync();
        await Assertions.Expect(card.Locator(".badge--cancelled")).ToHaveTextAsync("Cancelled", new() { Timeout = Patience });
    }
}
