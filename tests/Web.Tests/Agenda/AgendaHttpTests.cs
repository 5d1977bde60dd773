using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Agenda;

/// <summary>The agenda over HTTP: the seeded sessions, organisers' edits read on every node, and refusals that change nothing.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class AgendaHttpTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task TheSeededAgendaHasTheArticlesCeremoniesInTheExposTimeZone()
    {
        var anonymous = cluster.WebB.CreateClient();
        var agenda = await AgendaRequests.SeededAgendaAsync(anonymous);

        Assert.Equal("Asia/Shanghai", agenda.GetProperty("timeZone").GetString());
        var ids = agenda.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Superset(new HashSet<string?>(["opening-ceremony", "friendship-city-signing", "alliance-launch", "enterprise-signings"]), ids.ToHashSet());
        var opening = await anonymous.GetFromJsonAsync<JsonElement>("/api/agenda/sessions/opening-ceremony");
        Assert.Equal("Huang Huican", opening.GetProperty("speakers")[0].GetProperty("name").GetString());
        Assert.True(opening.GetProperty("sample").GetBoolean());
    }

    [Fact]
    public async Task AnOrganisersSessionOnOneNodeIsReadOnTheOtherAndACancelKeepsItListed()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var startsAt = DateTimeOffset.UtcNow.AddDays(2);
        var id = await AgendaRequests.CreateAsync(organiser, startsAt, "Dunhuang murals talk");

        var read = await cluster.WebB.CreateClient().GetFromJsonAsync<JsonElement>($"/api/agenda/sessions/{id}");
        Assert.Equal("Dunhuang murals talk", read.GetProperty("title").GetProperty("en").GetString());
        Assert.Equal(startsAt.ToUniversalTime(), read.GetProperty("startsAt").GetDateTimeOffset());

        var cancel = await organiser.SendAsync(HttpMethod.Post, $"/api/organiser/agenda/sessions/{id}/cancel", new { operationId = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var agenda = await cluster.WebB.CreateClient().GetFromJsonAsync<JsonElement>("/api/agenda");
        Assert.True(agenda.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id).GetProperty("cancelled").GetBoolean());
    }

    [Fact]
    public async Task OnlyOrganisersEditTheAgendaAndBadInputChangesNothing()
    {
        var before = await AgendaRequests.SeededAgendaAsync(cluster.WebA.CreateClient());
        var startsAt = DateTimeOffset.UtcNow.AddDays(1);
        var guest = await AccountClient.GuestAsync(cluster.WebA);
        var registered = await AccountClient.RegisterAsync(cluster.WebA);
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);

        Assert.Equal(HttpStatusCode.Unauthorized,
            (await AccountClient.Anonymous(cluster.WebA).SendAsync(HttpMethod.Post, "/api/organiser/agenda/sessions", AgendaRequests.Session(startsAt))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await guest.SendAsync(HttpMethod.Post, "/api/organiser/agenda/sessions", AgendaRequests.Session(startsAt))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await registered.SendAsync(HttpMethod.Post, "/api/organiser/agenda/sessions", AgendaRequests.Session(startsAt))).StatusCode);
        foreach (var bad in new[]
        {
            AgendaRequests.Session(startsAt, streamUrl: "http://video.example.com/plain"),
            AgendaRequests.Session(startsAt, place: "atlantis"),
            AgendaRequests.Session(startsAt, title: ""),
        })
        {
            var refused = await organiser.SendAsync(HttpMethod.Post, "/api/organiser/agenda/sessions", bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("invalid_input", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await cluster.WebA.CreateClient().GetAsync("/api/agenda/sessions/no-such-session")).StatusCode);
        var after = await cluster.WebA.CreateClient().GetFromJsonAsync<JsonElement>("/api/agenda");
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
    }
}
