using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Organiser;

/// <summary>The organiser's attendance console over HTTP: live counts that add up, a history, and nobody else let in.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class AttendanceConsoleTests(ExpoClusterFixture cluster)
{
    private const string Booth = "dunhuang-culture-tourism";

    [Fact]
    public async Task AnOrganiserSeesAVisitorOnAnotherNodeInTheBoothAndThePavilionTotalsAddUp()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebB, "Counted");
        await visitor.EnterBoothAsync(Booth);

        var now = await PollAsync(
            "the organiser sees someone in the booth",
            () => organiser.Http.GetFromJsonAsync<JsonElement>("/api/organiser/attendance"),
            n => n.GetProperty("booths").TryGetProperty(Booth, out var count) && count.GetInt32() >= 1);

        var booths = now.GetProperty("booths").EnumerateObject().ToDictionary(b => b.Name, b => b.Value.GetInt32());
        var pavilions = now.GetProperty("pavilions").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(booths.Values.Sum(), now.GetProperty("inBooths").GetInt32());
        Assert.Equal(booths.Values.Sum(), pavilions.Values.Sum());
        Assert.True(pavilions["dunhuang"] >= 1);
        Assert.True(now.GetProperty("joinsPerMinute").GetDouble() >= 0);

        var history = await PollAsync(
            "a sample shows the booth",
            () => organiser.Http.GetFromJsonAsync<JsonElement>("/api/organiser/attendance/history"),
            h => h.EnumerateArray().Any(s => s.GetProperty("booths").TryGetProperty(Booth, out _)));
        Assert.All(history.EnumerateArray(), s => Assert.Equal(
            s.GetProperty("booths").EnumerateObject().Sum(b => b.Value.GetInt32()), s.GetProperty("inBooths").GetInt32()));
    }

    /// <summary>Reads until the condition holds: counts travel one-way and in batches, so a read may come too early.</summary>
    private static async Task<JsonElement> PollAsync(string what, Func<Task<JsonElement>> read, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Not within 15 s: {what}. Last read: {value}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task OnlyOrganisersSeeTheAttendance()
    {
        var guest = await AccountClient.GuestAsync(cluster.WebA);
        var registered = await AccountClient.RegisterAsync(cluster.WebA);
        var anonymous = AccountClient.Anonymous(cluster.WebA);

        foreach (var path in new[] { "/api/organiser/attendance", "/api/organiser/attendance/history" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await guest.Http.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await registered.Http.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task AHistoryThatRunsBackwardsIsRefusedAsInvalidInput()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);

        var response = await organiser.Http.GetAsync("/api/organiser/attendance/history?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_input", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
