using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>
/// A non-browser client of a Web node process: a bearer-token session, and commands that are sent again with the
/// same body (and so the same operation id) until the node answers something other than a server failure.
/// </summary>
public sealed class ApiSession
{
    private ApiSession(Uri address, JsonElement session)
    {
        Session = session;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public HttpClient Http { get; }

    public JsonElement Session { get; }

    public string VisitorId => Session.GetProperty("visitorId").GetString()!;

    public string Token => Session.GetProperty("token").GetString()!;

    /// <summary>How many attempts were repeats of a command already sent.</summary>
    public int Retries { get; private set; }

    public ExpoHubClient.GuestSession HubSession() => new(VisitorId, Token, Session.GetProperty("displayName").GetString()!, "en");

    public static async Task<ApiSession> RegisterAsync(Uri address, string displayName, string? invitation = null)
    {
        using var http = new HttpClient { BaseAddress = address };
        var response = await http.PostAsJsonAsync("/api/auth/register", new
        {
            email = AccountClient.NewEmail(), password = AccountClient.Password, displayName, language = "en", invitation,
        });
        return new ApiSession(address, await response.JsonAsync());
    }

    public static async Task<ApiSession> SignInAsync(Uri address, string email, string password)
    {
        using var http = new HttpClient { BaseAddress = address };
        return new ApiSession(address, await (await http.PostAsJsonAsync("/api/auth/sign-in", new { email, password })).JsonAsync());
    }

    /// <summary>Sends until acknowledged: a timeout, a dropped connection or a 5xx is retried with the identical request.</summary>
    public async Task<HttpResponseMessage> SendUntilAnsweredAsync(HttpMethod method, string path, object? body, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0)
            {
                Retries++;
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }

            try
            {
                var response = await Http.SendAsync(new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) });
                if ((int)response.StatusCode < 500 || DateTime.UtcNow > deadline)
                {
                    return response;
                }
            }
            catch (Exception exception) when ((exception is HttpRequestException or TaskCanceledException) && DateTime.UtcNow < deadline)
            {
                // The node could not reach the cluster in time; the command may or may not have been applied.
            }
        }
    }

    public async Task<JsonElement> PostAsync(string path, object body, TimeSpan patience) =>
        await (await SendUntilAnsweredAsync(HttpMethod.Post, path, body, patience)).JsonAsync();

    public async Task<JsonElement> GetAsync(string path, TimeSpan patience) =>
        await (await SendUntilAnsweredAsync(HttpMethod.Get, path, null, patience)).JsonAsync();

    public static bool IsOk(HttpResponseMessage response) => response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created;
}
