using System.Text.RegularExpressions;
using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Meetings;

/// <summary>
/// In Chromium, on two Web nodes of one cluster: two visitors press "Book" on the same meeting time at once, one in
/// English on one node and one in Chinese on the other. One gets it and finds it in their agenda; the other is told it
/// was taken, in their language; neither list offers it any more.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class MeetingTwoNodesBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    private const string Booth = "fujian-zhongquan-international-tourism";
    private const float Patience = 20_000;

    [Fact]
    public async Task TwoVisitorsOnTwoWebNodesBookingTheSameTimeGetItOnceAndTheOtherIsToldInTheirLanguage()
    {
        // A second Web node of the same cluster on a real port: the browser test's own node is the first.
        await using var second = new ExpoWebFactory(Cluster.Settings);
        var port = second.StartOnFreePort();
        var secondUrl = $"http://localhost:{port}/";

        var organiser = await AccountClient.OrganiserAsync(Cluster.WebA);
        var host = await AccountClient.RegisterAsync(Cluster.WebA, "Zhong Host", await organiser.InviteAsync(Booth, "member"));
        var slot = (await (await host.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/slots", new
        {
            operationId = Guid.NewGuid().ToString(), startsAt = DateTimeOffset.UtcNow.Date.AddDays(11).AddHours(3), minutes = 30,
        })).JsonAsync()).GetProperty("id").GetString()!;
        var english = await VisitorPageAsync(BaseUrl, "Ana");
        var chinese = await VisitorPageAsync(secondUrl, "Bao");
        await chinese.ClickAsync("#lang-zh");
        var pages = new[] { english, chinese };
        foreach (var page in pages)
        {
            await page.GotoAsync($"{page.Url.Split('#')[0]}#/booth/{Booth}");
            await Assertions.Expect(BookButton(page, slot)).ToBeVisibleAsync(new() { Timeout = Patience });
        }

        await Task.WhenAll(pages.Select(p => BookButton(p, slot).ClickAsync()));

        var booked = new Regex("Booked. The meeting is in your agenda.|预约成功，会面已加入您的日程。");
        var taken = new Regex("Someone else booked this time first|此时间已被他人先预约");
        foreach (var page in pages)
        {
            await Assertions.Expect(page.Locator("#booth-meetings-status")).ToHaveTextAsync(new Regex($"{booked}|{taken}"), new() { Timeout = Patience });
        }

        var winners = new List<IPage>();
        foreach (var page in pages)
        {
            if (booked.IsMatch(await page.Locator("#booth-meetings-status").InnerTextAsync()))
            {
                winners.Add(page);
            }
        }

        var winner = Assert.Single(winners);
        var loser = pages.Single(p => p != winner);
        var refusal = loser == chinese ? "此时间已被他人先预约，或与您的其他会面时间重叠。" : "Someone else booked this time first, or it overlaps another of your meetings.";
        await Assertions.Expect(loser.Locator("#booth-meetings-status")).ToHaveTextAsync(refusal);

        // Both lists now show the time taken: the winner's as theirs, the loser's no longer offers it.
        await Assertions.Expect(winner.Locator($"#booth-slot-list [data-slot='{slot}'] a[href='#/agenda']")).ToBeVisibleAsync(new() { Timeout = Patience });
        await Assertions.Expect(BookButton(loser, slot)).ToHaveCountAsync(0, new() { Timeout = Patience });

        foreach (var page in pages)
        {
            await page.GotoAsync($"{page.Url.Split('#')[0]}#/agenda");
            await Assertions.Expect(page.Locator("#my-meetings-heading")).ToBeVisibleAsync(new() { Timeout = Patience });
        }

        await Assertions.Expect(winner.Locator("#my-meeting-list [data-meeting]")).ToHaveCountAsync(1, new() { Timeout = Patience });
        // The loser's agenda has loaded and says it holds no meeting.
        await Assertions.Expect(loser.Locator("#my-meeting-list li.muted")).ToBeVisibleAsync(new() { Timeout = Patience });
        await Assertions.Expect(loser.Locator("#my-meeting-list [data-meeting]")).ToHaveCountAsync(0);
    }

    private static ILocator BookButton(IPage page, string slot) => page.Locator($"#booth-slot-list [data-book='{slot}']");

    /// <summary>A newly registered visitor signed in through the page of the Web node at <paramref name="baseUrl"/>.</summary>
    private async Task<IPage> VisitorPageAsync(string baseUrl, string name)
    {
        var visitor = await AccountClient.RegisterAsync(Cluster.WebA, name);
        var context = await Chromium.NewContextAsync(new() { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl);
        await page.Locator("body[data-ready='true']").WaitForAsync();
        await SignInAsync(page, visitor.Email, AccountClient.Password);
        return page;
    }
}
