using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>
/// A person at a browser: one cookie jar on one Web node, the anti-forgery token the node handed out with the session,
/// and the session's bearer token for the hub.
/// </summary>
public sealed partial class AccountClient
{
    public const string Password = "silk road passport";

    private AccountClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    public string? CsrfToken { get; private set; }

    public JsonElement Session { get; private set; }

    public string VisitorId => Session.GetProperty("visitorId").GetString()!;

    public string Token => Session.GetProperty("token").GetString()!;

    public string Email => Session.GetProperty("email").GetString()!;

    public static AccountClient Anonymous(WebApplicationFactory<Program> web) => new(web.CreateClient());

    public static string NewEmail() => $"u-{Guid.NewGuid():N}@example.com";

    public static async Task<AccountClient> RegisterAsync(
        WebApplicationFactory<Program> web, string displayName = "Lin", string? invitation = null, string? email = null)
    {
        var client = Anonymous(web);
        var response = await client.Http.PostAsJsonAsync(
            "/api/auth/register", new { email = email ?? NewEmail(), password = Password, displayName, language = "en", invitation });
        await client.TakeSessionAsync(response);
        return client;
    }

    public static async Task<AccountClient> SignInAsync(WebApplicationFactory<Program> web, string email, string password)
    {
        var client = Anonymous(web);
        await client.TakeSessionAsync(await client.Http.PostAsJsonAsync("/api/auth/sign-in", new { email, password }));
        return client;
    }

    public static Task<AccountClient> OrganiserAsync(WebApplicationFactory<Program> web) =>
        SignInAsync(web, ExpoClusterFixture.OrganiserEmail, ExpoClusterFixture.OrganiserPassword);

    public static async Task<AccountClient> GuestAsync(WebApplicationFactory<Program> web)
    {
        var client = Anonymous(web);
        await client.TakeSessionAsync(await client.Http.PostAsJsonAsync("/api/auth/guest", new { displayName = "Guest", language = "en" }));
        return client;
    }

    public async Task TakeSessionAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        Session = await response.Content.ReadFromJsonAsync<JsonElement>();
        CsrfToken = Session.GetProperty("csrfToken").GetString();
    }

    /// <summary>A state-changing request as the front end sends it: with the cookie and the anti-forgery header.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, bool withCsrf = true)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (withCsrf && CsrfToken is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", CsrfToken);
        }

        return Http.SendAsync(request);
    }

    /// <summary>The same request with the bearer token instead, as a non-browser client sends it.</summary>
    public HttpClient Bearer(WebApplicationFactory<Program> web)
    {
        var http = web.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return http;
    }

    public Task<JsonElement> MeAsync() => Http.GetFromJsonAsync<JsonElement>("/api/auth/me");

    /// <summary>
    /// For set-up and clean-up steps, not the behaviour under test: the shared organiser writes for many tests at
    /// once, so a step the per-user write limit refuses waits as the answer says and goes again; and a step answered
    /// <c>503 unavailable</c> (a grain call that timed out on a starved machine) goes again with the same body, and so
    /// the same operation id, as the API tells clients to.
    /// </summary>
    public async Task<HttpResponseMessage> SendWithinLimitsAsync(HttpMethod method, string path, object? body = null)
    {
        for (var (attempt, unavailable) = (1, 0); ; attempt++)
        {
            var response = await SendAsync(method, path, body);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && ++unavailable < 3)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                continue;
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt >= 20)
            {
                return response;
            }

            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }
    }

    public async Task<string> InviteAsync(string boothId, string role)
    {
        var response = await SendWithinLimitsAsync(HttpMethod.Post, $"/api/booths/{boothId}/invitations", new { operationId = Guid.NewGuid().ToString(), role });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("code").GetString()!;
    }

    public async Task AcceptAsync(string code) =>
        await TakeSessionAsync(await SendAsync(HttpMethod.Post, "/api/invitations/accept", new { code }));

    public ExpoHubClient.GuestSession HubSession() => new(VisitorId, Token, Session.GetProperty("displayName").GetString()!, "en");

    public static object ProfileEdit(string nameEn, string nameZh = "新名称") => new
    {
        operationId = Guid.NewGuid().ToString(),
        name = new { en = nameEn, zh = nameZh },
        tagline = new { en = "Stories of the Silk Road", zh = "丝路故事" },
        description = new { en = "Written by the booth's own staff.", zh = "由展位工作人员撰写。" },
        fields = new[] { "tourism" },
        contacts = new[] { new { kind = "email", value = "hello@example.com" } },
        openingHours = new { timeZone = "Asia/Shanghai", weekly = new[] { new { day = "mon", opens = "09:00", closes = "17:30" } } },
    };
}
