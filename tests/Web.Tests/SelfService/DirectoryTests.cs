using System.Net;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.SelfService;

[Collection(ExpoClusterCollection.Name)]
public sealed class DirectoryTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task TheDirectoryFiltersByPavilionFieldAndTextInEitherLanguage()
    {
        var http = AccountClient.Anonymous(cluster.WebA).Http;

        var jimsar = await IdsAsync(http, "/api/directory?pavilion=jimsar");
        var dunhuang = await IdsAsync(http, $"/api/directory?q={Uri.EscapeDataString("敦煌")}");
        var everything = await IdsAsync(http, "/api/directory");
        var tourism = (await http.GetJsonAsync("/api/directory?field=tourism")).EnumerateArray().ToList();

        Assert.Equal(["jimsar-culture-tourism", "yushang-loulan-muslim-restaurant"], jimsar.Order(StringComparer.Ordinal));
        Assert.Contains("dunhuang-culture-tourism", dunhuang);
        Assert.DoesNotContain("jimsar-culture-tourism", dunhuang);
        Assert.NotEmpty(tourism);
        Assert.True(tourism.Count < everything.Count);
        Assert.All(tourism, b => Assert.Contains("tourism", b.GetProperty("fields").EnumerateArray().Select(f => f.GetString())));
        await (await http.GetAsync("/api/directory?sort=random")).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
    }

    [Fact]
    public async Task TheDirectoryFindsBoothsByTheLanguageTheirStaffSpeakAndAnEditChangesThat()
    {
        // A booth no other test in this cluster edits, so its languages are this test's alone.
        const string booth = "luoyang-old-town-culture-tourism";
        var http = AccountClient.Anonymous(cluster.WebA).Http;

        Assert.Equal(["zhenghe-cultural-center-malacca"], await IdsAsync(http, "/api/directory?language=ms"));
        var english = (await http.GetJsonAsync("/api/directory?language=en")).EnumerateArray().ToList();
        Assert.Contains("fujian-chamber-of-commerce-sri-lanka", english.Select(b => b.GetProperty("id").GetString()));
        Assert.All(english, b => Assert.Contains("en", b.GetProperty("languages").EnumerateArray().Select(l => l.GetString())));
        Assert.Empty(await IdsAsync(http, "/api/directory?language=xh"));
        await (await http.GetAsync("/api/directory?language=ENG")).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");

        // The booth's owner adds Russian; the directory finds the booth by it, and an edit without languages keeps them.
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await AccountClient.RegisterAsync(cluster.WebA, "Luoyang Owner", await organiser.InviteAsync(booth, "owner"));
        var edit = AccountClient.ProfileEdit("Luoyang Old Town Culture and Tourism", "洛阳老城文旅");
        var withLanguages = JsonSerializer.SerializeToElement(edit).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        withLanguages["languages"] = new[] { "zh", "ru" };
        Assert.Equal(HttpStatusCode.OK, (await owner.SendAsync(HttpMethod.Put, $"/api/booths/{booth}/profile", withLanguages)).StatusCode);
        Assert.Contains(booth, await IdsAsync(http, "/api/directory?language=ru"));

        Assert.Equal(HttpStatusCode.OK, (await owner.SendAsync(HttpMethod.Put, $"/api/booths/{booth}/profile", AccountClient.ProfileEdit("Luoyang Old Town", "洛阳老城"))).StatusCode);
        Assert.Contains(booth, await IdsAsync(http, "/api/directory?language=ru"));
        withLanguages["languages"] = new[] { "russian" };
        withLanguages["operationId"] = Guid.NewGuid().ToString();
        await (await owner.SendAsync(HttpMethod.Put, $"/api/booths/{booth}/profile", withLanguages)).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
    }

    [Fact]
    public async Task TheDirectorySortsByNameOrByTheLiveCount()
    {
        const string busy = "yushang-loulan-muslim-restaurant";
        await using var guest = await ExpoHubClient.ConnectAsync(cluster.WebB, "Walker");
        await guest.EnterBoothAsync(busy);
        var http = AccountClient.Anonymous(cluster.WebA).Http;

        var byName = (await http.GetJsonAsync("/api/directory?sort=name&lang=en")).EnumerateArray().Select(b => b.GetProperty("name").GetProperty("en").GetString()!).ToList();
        // Other tests share the cluster and fill other booths, so wait for this booth's own count rather than any count.
        var popular = await EventuallyAsync(http, "/api/directory?sort=popular",
            list => list.Any(b => b.GetProperty("id").GetString() == busy && b.GetProperty("count").GetInt32() > 0));

        Assert.Equal(byName.Order(StringComparer.InvariantCultureIgnoreCase), byName);
        var counts = popular.Select(b => b.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Contains(popular.TakeWhile(b => b.GetProperty("count").GetInt32() > 0), b => b.GetProperty("id").GetString() == busy);
    }

    [Fact]
    public async Task StaffOnlineNowListsTheBoothsWhoseStaffAreInThem()
    {
        const string booth = "jimsar-culture-tourism";
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await AccountClient.RegisterAsync(cluster.WebA, "Owner", await organiser.InviteAsync(booth, "owner"));
        var http = AccountClient.Anonymous(cluster.WebB).Http;
        await using (var hub = await ExpoHubClient.ConnectAsync(cluster.WebA, "Owner", owner.HubSession()))
        {
            await hub.EnterBoothAsync(booth);
            var online = await EventuallyAsync(http, "/api/directory?staffOnline=true", list => list.Any(b => b.GetProperty("id").GetString() == booth));
            Assert.All(online, b => Assert.True(b.GetProperty("staffOnline").GetBoolean()));
        }

        // Leaving tells the booth at once; on a machine busy enough that the call fails, the connection's lease (30 s)
        // runs out instead, which is also a leave.
        await EventuallyAsync(http, "/api/directory?staffOnline=true", list => list.All(b => b.GetProperty("id").GetString() != booth), TimeSpan.FromSeconds(45));
    }

    [Fact]
    public async Task TheExpoBagKeepsFavouritesOnTheVisitorAcrossNodesAndAppliesEachOperationOnce()
    {
        var guest = await AccountClient.GuestAsync(cluster.WebA);
        var onB = guest.Bearer(cluster.WebB);

        await (await guest.SendAsync(HttpMethod.Put, "/api/me/favourites/dunhuang-culture-tourism", new { operationId = "f1" })).JsonAsync();
        await (await guest.SendAsync(HttpMethod.Put, "/api/me/favourites/kung-fu-animation", new { operationId = "f2" })).JsonAsync();
        await (await guest.SendAsync(HttpMethod.Delete, "/api/me/favourites/dunhuang-culture-tourism?operationId=f3")).JsonAsync();
        var retried = await (await guest.SendAsync(HttpMethod.Put, "/api/me/favourites/dunhuang-culture-tourism", new { operationId = "f1" })).JsonAsync();

        Assert.Equal(["kung-fu-animation"], retried.EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["kung-fu-animation"], (await onB.GetJsonAsync("/api/me/favourites")).EnumerateArray().Select(b => b.GetString()));
        await (await guest.SendAsync(HttpMethod.Put, "/api/me/favourites/no-such-booth", new { operationId = "f4" })).AssertProblemAsync(HttpStatusCode.NotFound, "booth_not_found");
        await (await AccountClient.Anonymous(cluster.WebA).Http.GetAsync("/api/me/favourites")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    private static async Task<List<string>> IdsAsync(HttpClient http, string path) =>
        [.. (await http.GetJsonAsync(path)).EnumerateArray().Select(b => b.GetProperty("id").GetString()!)];

    private static async Task<List<JsonElement>> EventuallyAsync(HttpClient http, string path, Func<List<JsonElement>, bool> condition, TimeSpan? patience = null)
    {
        var within = patience ?? TimeSpan.FromSeconds(10);
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var list = (await http.GetJsonAsync(path)).EnumerateArray().ToList();
            if (condition(list))
            {
                return list;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} did not show the change within {within.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }
}
