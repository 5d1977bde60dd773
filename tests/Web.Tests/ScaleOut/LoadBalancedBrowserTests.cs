using System.Diagnostics;
using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Expo.Web.Tests.ScaleOut.ScaleOutChecks;

namespace Expo.Web.Tests.ScaleOut;

/// <summary>The real front end in Chromium, reaching two Web nodes through a load balancer, as a deployment does.</summary>
[Collection(ScaleOutCollection.Name)]
public sealed class LoadBalancedBrowserTests(ITestOutputHelper output)
{
    private const string Booth = "xiangqiao-chaozhou-culture-tourism";

    // More than the 50 latest lines an entry snapshot carries: the page can only complete its log with ChatSince.
    private const int LinesWhileAway = 60;
    private static readonly LocatorAssertionsToHaveCountOptions Patiently = new() { Timeout = 60_000 };

    [Fact]
    public async Task AGuestWhoseWebNodeDiesIsBackInTheBoothThroughTheBalancerWithEveryLineItMissed()
    {
        await using var expo = await ExpoProcesses.StartStorageAsync(new Dictionary<string, string>(Settings) { ["Expo__ChatBurst"] = "100" });
        await expo.StartSiloAsync();
        var doomed = await expo.StartWebNodeAsync();
        var other = await expo.StartWebNodeAsync();
        await using var balancer = new LoopbackBalancer([doomed.Address!, other.Address!]);
        var (playwright, browser) = await Browser.LaunchAsync();
        try
        {
            var page = await EnterAsGuestAsync(browser, balancer.Address, "Mei");
            Assert.True(balancer.ForwardedTo(doomed.Address!) > 0);
            Assert.Equal(0, balancer.ForwardedTo(other.Address!));

            var jonasSession = await ExpoHubClient.StartGuestAsync(new HttpClient { BaseAddress = other.Address }, "Jonas");
            await using var jonas = await ExpoHubClient.ConnectAsync(other.Address!, jonasSession);
            await jonas.EnterBoothAsync(Booth);
            await jonas.SendChatAsync(Booth, "before the crash");
            await Assertions.Expect(Line(page, "before the crash")).ToHaveCountAsync(1);

            // The balancer holds new connections for a moment, so the next line is certainly sent while the page is away.
            balancer.Hold();
            var sinceKill = Stopwatch.StartNew();
            await doomed.KillAsync();
            await Assertions.Expect(page.Locator("#connection-state")).Not.ToHaveAttributeAsync("data-state", "connected");
            var noticed = sinceKill.Elapsed;
            for (var n = 1; n <= LinesWhileAway; n++)
            {
                await jonas.SendChatAsync(Booth, $"while you were away {n}");
            }

            var sinceRelease = Stopwatch.StartNew();
            balancer.Release();
            await Assertions.Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("#chat-log li")).ToHaveCountAsync(1 + LinesWhileAway, Patiently);
            var caughtUp = sinceRelease.Elapsed;
            var sequences = await page.Locator("#chat-log li").EvaluateAllAsync<long[]>("lines => lines.map(l => Number(l.dataset.sequence))");
            Assert.Equal(Enumerable.Range(1, 1 + LinesWhileAway).Select(n => (long)n), sequences);
            Assert.True(balancer.ForwardedTo(other.Address!) > 0);

            await jonas.SendChatAsync(Booth, "after the move");
            await Assertions.Expect(Line(page, "after the move")).ToHaveCountAsync(1, Patiently);
            await page.FillAsync("#chat-input", "Mei is back");
            await page.ClickAsync("#chat-send");
            await jonas.WaitForChatAsync(m => m.Text == "Mei is back");
            await Assertions.Expect(page.Locator("#presence-list li", new() { HasText = "Jonas" })).ToHaveCountAsync(1, Patiently);
            await Assertions.Expect(page.Locator("#presence-list li", new() { HasText = "Mei" })).ToHaveCountAsync(1, Patiently);
            await Assertions.Expect(Line(page, "before the crash")).ToHaveCountAsync(1);

            output.WriteLine($"page noticed the dead node {noticed.TotalMilliseconds:F0} ms after the kill");
            output.WriteLine($"once the balancer forwarded again: reconnected, re-entered and showing the {LinesWhileAway} missed lines in {caughtUp.TotalMilliseconds:F0} ms");
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static ILocator Line(IPage page, string text) => page.Locator("#chat-log li .chat-text", new() { HasText = text });

    private static async Task<IPage> EnterAsGuestAsync(IBrowser browser, Uri address, string name)
    {
        var context = await browser.NewContextAsync(new() { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(address.ToString());
        await page.Locator("body[data-ready='true']").WaitForAsync();
        await page.Locator($"a.booth-link[data-booth-id='{Booth}']").First.ClickAsync();
        await page.FillAsync("#guest-name", name);
        await page.ClickAsync("#guest-submit");
        await Assertions.Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        await Assertions.Expect(page.Locator("#presence-list li", new() { HasText = name })).ToHaveCountAsync(1);
        return page;
    }
}
