using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Agenda;

/// <summary>Sessions made by the fixture's organiser for one test each, so no test depends on another's questions.</summary>
internal static class AgendaRequests
{
    public static object Session(DateTimeOffset startsAt, string title = "Signing ceremony", string place = "main-stage", string? streamUrl = "https://video.example.com/live/1") => new
    {
        operationId = Guid.NewGuid().ToString(),
        title = new { en = title, zh = "签约仪式" },
        description = new { en = "The seven cities sign.", zh = "七城签约。" },
        startsAt,
        endsAt = startsAt.AddMinutes(45),
        place,
        speakers = new[] { new { name = "Huang Huican", organisation = "Licheng District", role = new { en = "Secretary", zh = "书记" } } },
        streamUrl,
    };

    public static async Task<string> CreateAsync(AccountClient organiser, DateTimeOffset startsAt, string title = "Signing ceremony")
    {
        var response = await organiser.SendAsync(HttpMethod.Post, "/api/organiser/agenda/sessions", Session(startsAt, title));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The agenda once the silo's seeder has stored the demo sessions, which may land after the node reports ready.</summary>
    public static async Task<JsonElement> SeededAgendaAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var agenda = await http.GetFromJsonAsync<JsonElement>("/api/agenda");
            if (agenda.GetProperty("sessions").EnumerateArray().Any(s => s.GetProperty("id").GetString() == "friendship-cities-symposium"))
            {
                return agenda;
            }

            Assert.True(DateTime.UtcNow < deadline, "The demo agenda was not seeded within 30 s.");
            await Task.Delay(100);
        }
    }
}
