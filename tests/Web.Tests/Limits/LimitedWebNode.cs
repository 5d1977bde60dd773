using System.Net.Http.Headers;
using System.Net.Http.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Limits;

/// <summary>
/// A Web node of the shared cluster on a real loopback port with small limits that do not refill during a test
/// (one token an hour), behind a "proxy" on loopback: each request names its client address in
/// <c>X-Forwarded-For</c>, so tests get addresses of their own. Only <c>192.0.2.0/24</c> may read <c>/metrics</c>.
/// </summary>
public sealed class LimitedWebNode(ExpoClusterFixture cluster) : IAsyncLifetime
{
    public const int SessionsPerAddress = 3;
    public const int SessionsPerUser = 2;
    public const int WritesPerUser = 3;
    public const int WritesPerAddress = 5;
    public const int ChatBurst = 3;
    public const string Booth = "zhangye-west-style-cultural-tourism";

    private static int _lastAddress;
    private ExpoWebFactory _web = null!;

    public Uri Address { get; private set; } = null!;

    // No cookie jar: each request is whoever its bearer token says, or no one.
    public HttpClient Http { get; } = new(new HttpClientHandler { UseCookies = false });

    public async ValueTask InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(cluster.Settings)
        {
            ["Expo:Proxy:KnownNetworks:0"] = "127.0.0.0/8",
            ["Expo:Proxy:KnownProxies:0"] = "::1",
            ["Expo:Metrics:AllowedNetworks:0"] = "192.0.2.0/24",
            ["Expo:ChatBurst"] = $"{ChatBurst}",
            ["Expo:ChatMessagesPerSecond"] = "0.0003",
        };
        Limit(settings, "Sessions", SessionsPerUser, SessionsPerAddress);
        Limit(settings, "Writes", WritesPerUser, WritesPerAddress);
        _web = new ExpoWebFactory(settings);
        var port = _web.StartOnFreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        Http.BaseAddress = Address;
        await ExpoClusterFixture.WaitUntilReadyAsync(_web);
    }

    /// <summary>A client address no other request of the run has used.</summary>
    public static string NewAddress()
    {
        var n = Interlocked.Increment(ref _lastAddress);
        return $"198.51.{100 + (n / 250)}.{1 + (n % 250)}";
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string from, string? token = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Forwarded-For", from);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> StartGuestAsync(string from) =>
        SendAsync(HttpMethod.Post, "/api/auth/guest", new { displayName = "Flood test", language = "en" }, from);

    public async Task<ExpoHubClient.GuestSession> GuestAsync()
    {
        var response = await StartGuestAsync(NewAddress());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ExpoHubClient.GuestSession>())!;
    }

    public Task<HttpResponseMessage> FavouriteAsync(ExpoHubClient.GuestSession guest, string from) =>
        SendAsync(HttpMethod.Put, $"/api/me/favourites/{Booth}", new { operationId = Guid.NewGuid().ToString("N") }, from, guest.Token);

    // A burst that does not refill within a test.
    private static void Limit(Dictionary<string, string?> settings, string kind, int perUser, int perAddress)
    {
        foreach (var (scope, burst) in new[] { ("PerUser", perUser), ("PerAddress", perAddress) })
        {
            settings[$"Expo:RateLimits:{kind}:{scope}:Burst"] = $"{burst}";
            settings[$"Expo:RateLimits:{kind}:{scope}:Refill"] = "1";
            settings[$"Expo:RateLimits:{kind}:{scope}:Every"] = "01:00:00";
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _web.DisposeAsync();
    }
}
