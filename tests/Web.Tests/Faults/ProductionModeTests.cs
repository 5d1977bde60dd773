using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Faults;

/// <summary>
/// <c>EXPO_ENV=Production scripts/run.sh</c> behind a TLS proxy on this host: what only Production does. No demo
/// organiser (the first one signs up with the one-time setup code the run command prints), <c>/metrics</c> closed to
/// the internet, and cookies and HSTS for HTTPS when the trusted proxy says the request came over it.
/// </summary>
public sealed partial class ProductionModeTests
{
    private const string DemoOrganiserEmail = "organiser@silkroad-expo.example";
    private const string DemoOrganiserPassword = "haisi-demo-organiser";
    private const string Internet = "203.0.113.7";

    [Fact]
    public async Task ProductionHasNoDemoOrganiserNoPublicMetricsAndCookiesForHttpsBehindTheProxy()
    {
        await using var run = await RunCommand.StartAsync(new Dictionary<string, string>
        {
            ["EXPO_ENV"] = "Production",
            // The proxy runs on this host: its forwarded headers are believed, everyone else's are not.
            ["Expo__Proxy__KnownNetworks__0"] = "127.0.0.0/8",
            ["Expo__Proxy__KnownNetworks__1"] = "::1/128",
        });
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = run.Web };

        // The demo organiser of Development does not exist: its password signs nobody in.
        var demo = await http.PostAsJsonAsync("api/auth/sign-in", new { email = DemoOrganiserEmail, password = DemoOrganiserPassword });
        Assert.NotEqual(HttpStatusCode.OK, demo.StatusCode);

        // /metrics answers the proxy's own host, never a client on the internet.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.SendAsync(FromInternet(HttpMethod.Get, "metrics"))).StatusCode);

        // Over HTTPS (as the proxy says), the session cookie is host-bound and secure, and HSTS is sent.
        var guest = FromInternet(HttpMethod.Post, "api/auth/guest");
        guest.Content = JsonContent.Create(new { displayName = "Night owl", language = "en" });
        var started = await http.SendAsync(guest);
        started.EnsureSuccessStatusCode();
        var cookie = Assert.Single(started.Headers.GetValues("Set-Cookie"), c => c.Contains("expo.session", StringComparison.Ordinal));
        Assert.StartsWith("__Host-expo.session=", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(started.Headers.Contains("Strict-Transport-Security"), "HSTS over HTTPS in Production");

        // The first organiser signs up with the setup code the run command printed, once.
        await Eventually.WaitAsync("the run command prints the setup code", () => SetupCode().IsMatch(run.Output), TimeSpan.FromSeconds(30), () => run.Output);
        var code = SetupCode().Match(run.Output).Groups[1].Value;
        // They toured the expo as a guest first, from the same session: their stamp follows them into the account.
        var founder = await GuestWithStampAsync(http, run.Web);
        var first = await http.SendAsync(AsGuest(founder, HttpMethod.Post, "api/auth/setup-organiser",
            new { code, email = "first@city.example", password = "a long organiser passphrase", displayName = "First Organiser", language = "en" }));
        first.EnsureSuccessStatusCode();
        var organiser = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("organiser", organiser.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal([StampBooth], await StampsAsync(http, organiser.GetProperty("token").GetString()!));
        var again = await http.PostAsJsonAsync("api/auth/setup-organiser", new { code, email = "second@city.example", password = "another long passphrase", displayName = "Second", language = "en" });
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
    }

    /// <summary>A request as the proxy forwards it: from a client on the internet, over HTTPS, to the expo's public name.</summary>
    private static HttpRequestMessage FromInternet(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-For", Internet);
        request.Headers.Add("X-Forwarded-Proto", "https");
        // HSTS is never sent to localhost; the public name is what a browser sees.
        request.Headers.Host = "expo.example";
        return request;
    }

    [GeneratedRegex(@"[Ss]etup code: ([A-Za-z0-9]{4,}(?:-[A-Za-z0-9]{4,})+)")]
    private static partial Regex SetupCode();
}
