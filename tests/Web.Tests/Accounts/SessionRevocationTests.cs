using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Expo.Grains;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Expo.Web.Tests.Accounts;

/// <summary>Sessions end server-side on every Web node: sign-out, a revocation (a ban), a password change, a role taken away.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class SessionRevocationTests(ExpoClusterFixture cluster)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SigningOutEndsTheBearerTokenIssuedWithTheCookieOnEveryNode()
    {
        var lin = await AccountClient.RegisterAsync(cluster.WebA);
        using var onA = lin.Bearer(cluster.WebA);
        using var onB = lin.Bearer(cluster.WebB);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await lin.SendAsync(HttpMethod.Post, "/api/auth/sign-out")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await lin.Http.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onA.GetAsync("/api/auth/me")).StatusCode);
        await RefusedWithinAsync(onB);
    }

    [Fact]
    public async Task RevokingEverySessionClosesTheHubConnectionAndRefusesTheTokenOnBothNodes()
    {
        var lin = await AccountClient.RegisterAsync(cluster.WebA);
        await using var hub = await ExpoHubClient.ConnectAsync(cluster.WebB, "Lin", lin.HubSession());
        var closed = new TaskCompletionSource();
        hub.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        await cluster.SiloClient.GetGrain<IVisitorSessionsGrain>(lin.VisitorId).RevokeAllAsync("banned");

        await closed.Task.WaitAsync(Within);
        await RefusedWithinAsync(lin.Bearer(cluster.WebA));
        await RefusedWithinAsync(lin.Bearer(cluster.WebB));
        await Assert.ThrowsAnyAsync<Exception>(() => ExpoHubClient.ConnectAsync(cluster.WebB, "Lin", lin.HubSession()));
    }

    [Fact]
    public async Task ChangingThePasswordEndsTheOtherSessionsAndGivesTheCallerANewOne()
    {
        var first = await AccountClient.RegisterAsync(cluster.WebA);
        var other = await AccountClient.SignInAsync(cluster.WebB, first.Email, AccountClient.Password);
        using var otherBearer = other.Bearer(cluster.WebB);
        const string NewPassword = "a brand new passphrase";

        var changed = await first.SendAsync(HttpMethod.Post, "/api/auth/password", new { currentPassword = AccountClient.Password, newPassword = NewPassword });
        var oldToken = first.Token;
        await first.TakeSessionAsync(changed);

        Assert.Equal(HttpStatusCode.OK, (await first.Http.GetAsync("/api/auth/me")).StatusCode);
        await RefusedWithinAsync(otherBearer);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.Http.GetAsync("/api/auth/me")).StatusCode);
        using var oldBearer = Bearer(cluster.WebA, oldToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await oldBearer.GetAsync("/api/auth/me")).StatusCode);
        await AccountClient.SignInAsync(cluster.WebB, first.Email, NewPassword);
    }

    [Fact]
    public async Task ChangingThePasswordNeedsTheCurrentOne()
    {
        var lin = await AccountClient.RegisterAsync(cluster.WebA);

        var refused = await lin.SendAsync(HttpMethod.Post, "/api/auth/password", new { currentPassword = "not my password", newPassword = "a brand new passphrase" });

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        await AccountClient.SignInAsync(cluster.WebB, lin.Email, AccountClient.Password);
    }

    [Fact]
    public async Task AnEndedCookieIsRefusedButNotDeletedSoANewerSessionOfTheSameBrowserSurvivesALateAnswer()
    {
        var lin = await AccountClient.RegisterAsync(cluster.WebA);
        using var browser = cluster.WebB.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var signedIn = await browser.PostAsJsonAsync("/api/auth/sign-in", new { email = lin.Email, password = AccountClient.Password });
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("expo.session=", StringComparison.Ordinal)).Split(';')[0];
        browser.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/auth/me")).StatusCode);

        await cluster.SiloClient.GetGrain<IVisitorSessionsGrain>(lin.VisitorId).RevokeAllAsync("password changed");
        var late = await browser.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
        Assert.False(
            late.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("expo.session=", StringComparison.Ordinal)),
            "answering a request that carried the ended cookie must not overwrite whatever cookie the browser holds now");
    }

    private static HttpClient Bearer(WebApplicationFactory<Program> web, string token)
    {
        var http = web.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return http;
    }

    /// <summary>The node refuses the session within seconds: at once when the revocation reached it, at the latest when its cache lapses.</summary>
    internal static async Task RefusedWithinAsync(HttpClient http, string path = "/api/auth/me")
    {
        var deadline = DateTime.UtcNow + Within;
        HttpStatusCode status;
        while ((status = (await http.GetAsync(path)).StatusCode) != HttpStatusCode.Unauthorized)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{path} still answers {status}.");
            await Task.Delay(100);
        }
    }

    internal static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}");
        return body;
    }
}
