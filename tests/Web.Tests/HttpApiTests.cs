using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests;

[Collection(ExpoClusterCollection.Name)]
public sealed class HttpApiTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task TheExpoListsTheSevenFriendshipCitiesAndTheGuestPavilionWithBilingualBooths()
    {
        var expo = await cluster.WebA.CreateClient().GetFromJsonAsync<JsonElement>("/api/expo");

        var pavilions = expo.GetProperty("pavilions").EnumerateArray().ToList();
        Assert.Equal(
            ["licheng-quanzhou", "xiangqiao-chaozhou", "luoyang-old-town", "beilin-xian", "ganzhou-zhangye", "dunhuang", "jimsar", "belt-and-road-friends"],
            pavilions.Select(p => p.GetProperty("id").GetString()));
        var booths = pavilions.SelectMany(p => p.GetProperty("booths").EnumerateArray()).ToList();
        Assert.Contains(booths, b => b.GetProperty("name").GetProperty("en").GetString() == "Yushang Loulan Muslim Restaurant");
        Assert.All(booths, b =>
        {
            Assert.False(string.IsNullOrWhiteSpace(b.GetProperty("name").GetProperty("zh").GetString()));
            Assert.True(b.GetProperty("count").GetInt32() >= 0);
        });
    }

    [Fact]
    public async Task TheLiveCountOfABoothFollowsItsVisitors()
    {
        const string booth = "kung-fu-animation";
        using var http = cluster.WebB.CreateClient();
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebA, "Counted");
        await visitor.EnterBoothAsync(booth);

        // Counts travel booth → attendance → node cache; poll the public endpoint until it shows the visitor.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var view = await http.GetFromJsonAsync<JsonElement>($"/api/booths/{booth}");
        while (view.GetProperty("count").GetInt32() != 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            view = await http.GetFromJsonAsync<JsonElement>($"/api/booths/{booth}");
        }

        Assert.Equal(1, view.GetProperty("count").GetInt32());
        Assert.Equal("belt-and-road-friends", view.GetProperty("pavilionId").GetString());

        await visitor.LeaveBoothAsync(booth);
        deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            await Task.Delay(100);
            view = await http.GetFromJsonAsync<JsonElement>($"/api/booths/{booth}");
        }
        while (view.GetProperty("count").GetInt32() != 0 && DateTime.UtcNow < deadline);

        Assert.Equal(0, view.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task AnUnknownBoothIsA404ProblemWithItsCode()
    {
        var response = await cluster.WebA.CreateClient().GetAsync("/api/booths/no-such-booth");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("booth_not_found", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ASessionStartedOnOneWebNodeIsAcceptedByTheOther()
    {
        var session = await ExpoHubClient.StartGuestAsync(cluster.WebA.CreateClient(), "Traveller");
        using var other = cluster.WebB.CreateClient();
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);

        var me = await other.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal(session.VisitorId, me.GetProperty("visitorId").GetString());
        Assert.Equal("Traveller", me.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task MeWithoutASessionIs401()
    {
        var response = await cluster.WebA.CreateClient().GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryHttpEndpoint()
    {
        var document = await cluster.WebA.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Superset(
            new HashSet<string>
            {
                "/api/expo", "/api/booths/{boothId}", "/api/auth/guest", "/api/auth/me", "/health/ready", "/health/live",
                "/api/auth/register", "/api/auth/sign-in", "/api/auth/sign-out", "/api/auth/antiforgery", "/api/invitations/{code}",
                "/api/invitations/accept", "/api/booths/{boothId}/profile", "/api/booths/{boothId}/invitations", "/api/booths/{boothId}/staff",
                "/api/booths/{boothId}/staff/{visitorId}",
            },
            paths.ToHashSet());
    }

    [Fact]
    public async Task ReadinessAndMetricsAnswer()
    {
        using var http = cluster.WebA.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        var metrics = await http.GetStringAsync("/metrics");
        Assert.Contains("expo_web_grain_call_duration", metrics);
    }

    [Fact]
    public async Task PagesForbidSniffingAndForeignScripts()
    {
        var response = await cluster.WebA.CreateClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
