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
    [Fact]
    public async Task AVisitorPlansASessionAndAsksAQuestionThatAnotherVisitorSeesAndUpvotes()
    {
        var title = $"Silk Road stories {Guid.NewGuid():N}"[..30];
        var sessionId = await AgendaRequests.CreateAsync(await AccountClient.OrganiserAsync(Cluster.WebA), DateTimeOffset.UtcNow.AddDays(1), title);
        var page = await OpenAsync();

        await page.ClickAsync("#nav-agenda");
        await Assertions.Expect(page.Locator("#agenda-schedule")).ToContainTextAsync("Opening ceremony and addresses");
        await page.FillAsync("#guest-name", "Mei");
        await page.ClickAsync("#guest-submit");
        var card = page.Locator($"#agenda-schedule [data-session='{sessionId}']");
        await Assertions.Expect(card).ToContainTextAsync(title);
        await Assertions.Expect(card).ToContainTextAsync("Expo time (Asia/Shanghai)");
        await card.Locator("[data-plan]").ClickAsync();
        await Assertions.Expect(card.Locator("[data-plan]")).ToHaveAttributeAsync("aria-pressed", "true");

        await card.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("#session-stream")).ToHaveAttributeAsync("href", "https://video.example.com/live/1");
        await Assertions.Expect(page.Locator("[data-plan]")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.FillAsync("#qna-text", "Will the alliance hold sports events?");
        await page.Keyboard.PressAsync("Enter");
        var question = page.Locator("#qna-list [data-question]");
        await Assertions.Expect(question).ToContainTextAsync("Will the alliance hold sports events?");
        await Assertions.Expect(question.Locator("[data-action='vote']")).ToBeDisabledAsync();

        await using var other = await ExpoHubClient.ConnectAsync(Cluster.WebB, "Bo");
        using var seen = await QnaView.OpenAsync(other, sessionId);
        await Eventually.WaitAsync("the question on node B", () => seen.Ordered().Count == 1, TimeSpan.FromSeconds(20));
        var questionId = await question.GetAttributeAsync("data-question");
        await seen.VoteAsync(questionId!);

        await Assertions.Expect(question.Locator(".qna-votes")).ToHaveTextAsync("1 vote");
        await page.ClickAsync("#lang-zh");
        await Assertions.Expect(question.Locator(".qna-votes")).ToHaveTextAsync("1 票");
    }
}
