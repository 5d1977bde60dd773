using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Expo.Web.Tests.Infrastructure;
using Expo.Web.Tests.Journey;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Accounts;

/// <summary>
/// A person who fears their password leaked changes it from the account security page, in Chinese and English: the
/// page catches slips before sending, says in the page's language what the server refused, and on success ends every
/// other session of the account while this browser stays signed in with the new one.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class PasswordChangeBrowserTests(ExpoClusterFixture cluster, JourneyBrowser browser) : IClassFixture<JourneyBrowser>
{
    private const string NewPassword = "a new lantern for the old road";

    [Fact]
    public async Task ChangingThePasswordInChineseRefusesAWrongCurrentOneThenEndsEveryOtherSessionAndKeepsThisOne()
    {
        var email = await RegisterAsync("zh");
        var elsewhere = await AccountClient.SignInAsync(cluster.WebA, email, AccountClient.Password);
        var page = await OpenPageAsync("zh-CN");
        await page.ClickAsync("#nav-sign-in");
        await page.FillAsync("#sign-in-email", email);
        await page.FillAsync("#sign-in-password", AccountClient.Password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#user-badge")).ToBeVisibleAsync();
        await page.ClickAsync("#nav-account");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("账户安全");
        await Assertions.Expect(page.Locator("#security-user")).ToContainTextAsync(email);

        await FillAsync(page, "not my password at all", NewPassword, NewPassword);
        var current = page.Locator("#password-current");
        await Assertions.Expect(page.Locator("#password-current-error")).ToHaveTextAsync("当前密码错误，密码未作任何修改。");
        await Assertions.Expect(current).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(current).ToBeFocusedAsync();
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.Http.GetAsync("/api/auth/me")).StatusCode);

        await FillAsync(page, AccountClient.Password, NewPassword, NewPassword);
        await Assertions.Expect(page.Locator("#password-status")).ToHaveTextAsync("密码已修改。其他所有设备和会话均已退出登录；你在这里保持登录。");
        await Assertions.Expect(current).Not.ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Empty(await AxeViolationsAsync(page));

        // The other session ended; this browser's new token, then its new cookie alone (the token forgotten), still work.
        await SessionRevocationTests.RefusedWithinAsync(elsewhere.Http);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#security-user")).ToContainTextAsync(email);
        await page.EvaluateAsync("() => sessionStorage.clear()");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#security-user")).ToContainTextAsync(email);
        await Assertions.Expect(page.Locator("#user-badge")).ToBeVisibleAsync();

        var old = await AccountClient.Anonymous(cluster.WebA).Http.PostAsJsonAsync("/api/auth/sign-in", new { email, password = AccountClient.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        await AccountClient.SignInAsync(cluster.WebA, email, NewPassword);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnAnonymousReaderGetsTheSignInFormsTwoDifferentNewPasswordsSendNothingAndAGuesserIsToldHowLongToWait()
    {
        var email = await RegisterAsync("en");
        var page = await OpenPageAsync("en-GB");
        var sent = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/api/auth/password", StringComparison.Ordinal))
            {
                sent.Add(request.Url);
            }
        };
        await Assertions.Expect(page.Locator("#nav-account")).ToBeHiddenAsync();
        await page.GotoAsync($"{browser.BaseUrl}#/account");
        await Assertions.Expect(page.Locator("#sign-in-form")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#password-form")).ToHaveCountAsync(0);

        await page.FillAsync("#sign-in-email", email);
        await page.FillAsync("#sign-in-password", AccountClient.Password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#password-form")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#nav-account")).ToBeVisibleAsync();
        await FillAsync(page, AccountClient.Password, NewPassword, NewPassword + "!");

        var confirm = page.Locator("#password-confirm");
        await Assertions.Expect(page.Locator("#password-confirm-error")).ToHaveTextAsync("The two new passwords are not the same. Type the new password again in both fields.");
        await Assertions.Expect(confirm).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(confirm).ToHaveAttributeAsync("aria-describedby", "password-confirm-error");
        await Assertions.Expect(confirm).ToBeFocusedAsync();
        Assert.Empty(await AxeViolationsAsync(page));
        Assert.Empty(sent);
        await AccountClient.SignInAsync(cluster.WebA, email, AccountClient.Password);

        // A guesser at this address is made to wait (5 wrong passwords by default): the page says how long.
        for (var attempt = 0; attempt < 6; attempt++)
        {
            await page.RunAndWaitForResponseAsync(
                () => FillAsync(page, $"guess number {attempt}", NewPassword, NewPassword), r => r.Url.EndsWith("/api/auth/password", StringComparison.Ordinal));
            await Assertions.Expect(page.Locator("#password-form[aria-busy='true']")).ToHaveCountAsync(0);
        }

        await Assertions.Expect(page.Locator("#password-current-error")).ToHaveTextAsync(
            new Regex(@"^Too many wrong passwords\. Nothing was changed; try again in \d+ seconds?\.$"));
        await Assertions.Expect(page.Locator("#password-current")).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }

    private async Task<string> RegisterAsync(string language)
    {
        var email = AccountClient.NewEmail();
        var person = AccountClient.Anonymous(cluster.WebA);
        await person.TakeSessionAsync(await person.Http.PostAsJsonAsync(
            "/api/auth/register", new { email, password = AccountClient.Password, displayName = "Lin Mei", language }));
        return email;
    }

    /// <summary>A fresh person in <paramref name="locale"/>; axe needs its script in the page, which the expo's CSP would refuse.</summary>
    private async Task<IPage> OpenPageAsync(string locale)
    {
        var context = await browser.Chromium.NewContextAsync(new() { Locale = locale, BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl);
        await page.Locator("body[data-ready='true']").WaitForAsync();
        return page;
    }

    private static async Task FillAsync(IPage page, string current, string next, string confirm)
    {
        await page.FillAsync("#password-current", current);
        await page.FillAsync("#password-new", next);
        await page.FillAsync("#password-confirm", confirm);
        await page.Keyboard.PressAsync("Enter");
    }

    private static async Task<List<string>> AxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        return [.. result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}")];
    }
}
