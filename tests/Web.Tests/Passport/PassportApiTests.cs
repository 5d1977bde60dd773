using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Passport;

/// <summary>
/// The passport over HTTP: booths stamp it from chat lines and stays, the certificate waits for every pavilion, a
/// guest's stamps follow them into their account, and nothing in the API writes a stamp.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class PassportApiTests(ExpoClusterFixture cluster)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AGuestWhoChatsInEveryPavilionGetsTheCertificateOnlyThenAndTheOrganisersCountIt()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var completedBefore = (await organiser.Http.GetFromJsonAsync<JsonElement>("/api/organiser/passports")).GetProperty("completed").GetInt64();
        var guest = await AccountClient.GuestAsync(cluster.WebA);
        await using var hub = await ExpoHubClient.ConnectAsync(cluster.WebA, "Guest", guest.HubSession());
        var pavilions = await PavilionsAsync(guest.Http);
        Assert.Equal(8, pavilions.Count);

        for (var i = 0; i < pavilions.Count; i++)
        {
            var certificate = await guest.Http.GetAsync("/api/me/passport/certificate");
            Assert.Equal(HttpStatusCode.Conflict, certificate.StatusCode);
            Assert.Equal("conflict", (await certificate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

            await hub.EnterBoothAsync(pavilions[i].BoothId);
            await hub.SendChatAsync(pavilions[i].BoothId, $"Hello from stop {i + 1}");
            var passport = await PassportEventuallyAsync(guest.Http, p => p.GetProperty("collected").GetInt32() == i + 1);
            var stamp = passport.GetProperty("stamps").EnumerateArray().Single(s => s.GetProperty("pavilionId").GetString() == pavilions[i].Id);
            Assert.Equal(pavilions[i].BoothId, stamp.GetProperty("boothId").GetString());
            Assert.Equal("chat", stamp.GetProperty("reason").GetString());
        }

        var complete = await guest.Http.GetFromJsonAsync<JsonElement>("/api/me/passport");
        Assert.True(complete.GetProperty("complete").GetBoolean());
        var response = await guest.Http.GetAsync("/api/me/passport/certificate");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains("Guest", svg.Root.Value, StringComparison.Ordinal);
        Assert.Contains("敦煌市", svg.Root.Value, StringComparison.Ordinal);

        var counts = await EventuallyAsync(
            () => organiser.Http.GetFromJsonAsync<JsonElement>("/api/organiser/passports"),
            c => c.GetProperty("completed").GetInt64() == completedBefore + 1);
        Assert.Equal(8, counts.GetProperty("holders").GetArrayLength());
    }

    [Fact]
    public async Task NoRequestWritesAStampAndOnlyOrganisersSeeTheFigures()
    {
        var guest = await AccountClient.GuestAsync(cluster.WebA);
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            var forged = await guest.SendAsync(method, "/api/me/passport", new { pavilionId = "dunhuang", boothId = "dunhuang-culture-tourism", reason = "chat" });
            Assert.Equal(HttpStatusCode.MethodNotAllowed, forged.StatusCode);
        }

        var passport = await guest.Http.GetFromJsonAsync<JsonElement>("/api/me/passport");
        Assert.Empty(passport.GetProperty("stamps").EnumerateArray());
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountClient.Anonymous(cluster.WebA).Http.GetAsync("/api/me/passport")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await guest.Http.GetAsync("/api/organiser/passports")).StatusCode);
    }

    [Fact]
    public async Task AGuestsStampsCarryOverWhenTheyRegisterOrSignInFromThatSessionOnly()
    {
        var pavilions = await PavilionsAsync(cluster.WebA.CreateClient());

        // A guest chats in the first pavilion, then registers from the same browser session.
        var first = await GuestWithStampAsync(pavilions[0]);
        var email = AccountClient.NewEmail();
        await first.TakeSessionAsync(await first.Http.PostAsJsonAsync(
            "/api/auth/register", new { email, password = AccountClient.Password, displayName = "Lin", language = "en" }));
        var account = await first.Http.GetFromJsonAsync<JsonElement>("/api/me/passport");
        Assert.Equal([pavilions[0].Id], StampedPavilions(account));

        // Another guest session signs in to the same account: its stamp joins the first.
        var second = await GuestWithStampAsync(pavilions[1]);
        await second.TakeSessionAsync(await second.Http.PostAsJsonAsync("/api/auth/sign-in", new { email, password = AccountClient.Password }));
        Assert.Equal([pavilions[0].Id, pavilions[1].Id], StampedPavilions(await second.Http.GetFromJsonAsync<JsonElement>("/api/me/passport")));

        // Signing in without that guest's session carries nothing over, even naming the guest.
        var third = await GuestWithStampAsync(pavilions[2]);
        var stranger = AccountClient.Anonymous(cluster.WebA);
        await stranger.TakeSessionAsync(await stranger.Http.PostAsJsonAsync(
            "/api/auth/sign-in", new { email, password = AccountClient.Password, guestVisitorId = third.VisitorId }));
        Assert.Equal(2, StampedPavilions(await stranger.Http.GetFromJsonAsync<JsonElement>("/api/me/passport")).Count);
        Assert.Single(StampedPavilions(await third.Http.GetFromJsonAsync<JsonElement>("/api/me/passport")));
    }

    [Fact]
    public async Task AStayOfTheDwellThresholdStampsThePavilion()
    {
        var guest = await AccountClient.GuestAsync(cluster.WebB);
        await using var hub = await ExpoHubClient.ConnectAsync(cluster.WebB, "Guest", guest.HubSession());
        await hub.EnterBoothAsync("jimsar-culture-tourism");

        // The fixture's threshold is three seconds; the booth sees the stay pass it at its next sweep.
        var passport = await PassportEventuallyAsync(guest.Http, p => p.GetProperty("collected").GetInt32() == 1);
        var stamp = passport.GetProperty("stamps")[0];
        Assert.Equal("jimsar", stamp.GetProperty("pavilionId").GetString());
        Assert.Equal("dwell", stamp.GetProperty("reason").GetString());
    }

    private async Task<AccountClient> GuestWithStampAsync((string Id, string BoothId) pavilion)
    {
        var guest = await AccountClient.GuestAsync(cluster.WebA);
        await using var hub = await ExpoHubClient.ConnectAsync(cluster.WebA, "Guest", guest.HubSession());
        await hub.EnterBoothAsync(pavilion.BoothId);
        await hub.SendChatAsync(pavilion.BoothId, "Hello");
        await PassportEventuallyAsync(guest.Http, p => p.GetProperty("collected").GetInt32() == 1);
        return guest;
    }

    private static List<string> StampedPavilions(JsonElement passport) =>
        [.. passport.GetProperty("stamps").EnumerateArray().Select(s => s.GetProperty("pavilionId").GetString()!).Order(StringComparer.Ordinal)];

    internal static async Task<List<(string Id, string BoothId)>> PavilionsAsync(HttpClient http)
    {
        var expo = await http.GetFromJsonAsync<JsonElement>("/api/expo");
        return [.. expo.GetProperty("pavilions").EnumerateArray()
            .Select(p => (p.GetProperty("id").GetString()!, p.GetProperty("booths")[0].GetProperty("id").GetString()!))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)];
    }

    private static Task<JsonElement> PassportEventuallyAsync(HttpClient http, Func<JsonElement, bool> condition) =>
        EventuallyAsync(() => http.GetFromJsonAsync<JsonElement>("/api/me/passport"), condition);

    private static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement>> read, Func<JsonElement, bool> condition)
    {
        // Eventually's condition is synchronous; this one reads over HTTP, polling the same way.
        JsonElement last;
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            last = await read();
            if (condition(last))
            {
                return last;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {Patience.TotalSeconds} s: {last}");
            }

            await Task.Delay(100);
        }
    }
}
