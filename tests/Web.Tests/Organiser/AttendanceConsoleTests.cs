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

    [Fact]
    public async Task TheConsoleCountsVisitorsOnlineOnAnotherNodeAndListsABoothUntilItsStaffArrive()
    {
        const string booth = "zhenghe-cultural-center-malacca";
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await AccountClient.RegisterAsync(cluster.WebA, "Owner", await organiser.InviteAsync(booth, "owner"));
        Task<JsonElement> ReadAsync() => organiser.Http.GetFromJsonAsync<JsonElement>("/api/organiser/attendance");
        static bool Unstaffed(JsonElement now) => now.GetProperty("unstaffed").EnumerateArray().Any(b => b.GetString() == booth);

        await using var browsing = await ExpoHubClient.ConnectAsync(cluster.WebB, "Browsing");
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebB, "Waiting");
        await visitor.EnterBoothAsync(booth);
        // Each node reports its online visitors once a second, so both counts are waited for.
        await PollAsync("the booth is listed without staff, and both visitors on node B online", ReadAsync, n => Unstaffed(n) && n.GetProperty("online").GetInt32() >= 2);

        await using var staff = await ExpoHubClient.ConnectAsync(cluster.WebA, "Owner", owner.HubSession());
        await staff.EnterBoothAsync(booth);
        var staffed = await PollAsync(
            "the owner counts as the booth's staff", ReadAsync, n => n.GetProperty("staffOnline").TryGetProperty(booth, out var c) && c.GetInt32() == 1);
        Assert.False(Unstaffed(staffed));
        Assert.True(staffed.GetProperty("booths").GetProperty(booth).GetInt32() >= 2);

        await staff.LeaveBoothAsync(booth);
        await PollAsync("the booth is listed again once its staff left", ReadAsync, Unstaffed);
    }

    [Fact]
    public async Task AThinnedHistoryHasAtMostTheAskedPointsAndABadNumberIsRefused()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var to = DateTimeOffset.UtcNow;
        var range = $"from={Uri.EscapeDataString(to.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}";

        await PollAsync(
            "a few samples recorded", () => organiser.Http.GetFromJsonAsync<JsonElement>($"/api/organiser/attendance/history?{range}"), h => h.GetArrayLength() >= 4);
        var thinned = await organiser.Http.GetFromJsonAsync<JsonElement>($"/api/organiser/attendance/history?{range}&points=2");

        Assert.InRange(thinned.GetArrayLength(), 1, 2);
        Assert.Equal(HttpStatusCode.BadRequest, (await organiser.Http.GetAsync($"/api/organiser/attendance/history?{range}&points=1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await organiser.Http.GetAsync($"/api/organiser/attendance/history?{range}&points=5000")).StatusCode);
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
