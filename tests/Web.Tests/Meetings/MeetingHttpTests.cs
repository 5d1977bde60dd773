using System.Net;
using System.Text;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Meetings;

/// <summary>
/// Meeting slots over HTTP on the shared cluster's two Web nodes: visitors who book the same slot at the same moment
/// from different nodes get one booking between them, and the booking comes as an iCalendar file.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class MeetingHttpTests(ExpoClusterFixture cluster)
{
    private const string Booth = "shaanxi-wing-up-study-institute";
    private const int Races = 6;

    [Fact]
    public async Task TwoVisitorsOnTwoWebNodesCannotBookTheSameSlotAndCancellingFreesIt()
    {
        var owner = await OwnerAsync();
        var start = DateTimeOffset.UtcNow.AddDays(3).AddMinutes(-DateTimeOffset.UtcNow.Minute);
        var slots = new List<string>();
        for (var n = 0; n < Races; n++)
        {
            slots.Add(await PublishAsync(owner, start.AddHours(n), 30));
        }

        var onA = await AccountClient.RegisterAsync(cluster.WebA, "Ana");
        var onB = await AccountClient.RegisterAsync(cluster.WebB, "Bao");
        var winners = new Dictionary<string, AccountClient>();
        foreach (var slot in slots.Take(2))
        {
            // Both requests are in flight together, one through each Web node.
            var answers = await Task.WhenAll(BookAsync(onA, slot), BookAsync(onB, slot));
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
            var won = answers[0].StatusCode == HttpStatusCode.OK ? onA : onB;
            winners[slot] = won;
            await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
        }

        var staffView = await (await owner.Http.GetAsync($"/api/booths/{Booth}/slots/manage")).JsonAsync();
        foreach (var slot in slots.Take(2))
        {
            var shown = staffView.EnumerateArray().Single(s => s.GetProperty("id").GetString() == slot);
            Assert.Equal(winners[slot].VisitorId, shown.GetProperty("booker").GetProperty("visitorId").GetString());
        }

        var publicView = await (await onA.Http.GetAsync($"/api/booths/{Booth}/slots")).JsonAsync();
        Assert.All(publicView.EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("booker").ValueKind));

        // The first slot's winner cancels; the other visitor books it through the other node.
        var first = slots[0];
        var loser = winners[first] == onA ? onB : onA;
        Assert.Equal(HttpStatusCode.OK, (await winners[first].SendAsync(HttpMethod.Delete, $"/api/booths/{Booth}/slots/{first}/booking?operationId=c1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await BookAsync(loser, first)).StatusCode);

        var loserMeetings = await MeetingsAsync(loser);
        Assert.Contains(first, loserMeetings.EnumerateArray().Select(m => m.GetProperty("slotId").GetString()));
        Assert.DoesNotContain(first, (await MeetingsAsync(winners[first])).EnumerateArray().Select(m => m.GetProperty("slotId").GetString()));
        var hosted = (await MeetingsAsync(owner)).EnumerateArray()
            .Where(m => m.GetProperty("role").GetString() == "host").Select(m => m.GetProperty("slotId").GetString()!).ToHashSet();
        Assert.Subset(hosted, slots.Take(2).ToHashSet());

        // Quotas: a third booking at one booth is refused; a guest may not book at all.
        var keen = await AccountClient.RegisterAsync(cluster.WebB, "Keen");
        Assert.Equal(HttpStatusCode.OK, (await BookAsync(keen, slots[2])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await BookAsync(keen, slots[3])).StatusCode);
        await (await BookAsync(keen, slots[4])).AssertProblemAsync(HttpStatusCode.TooManyRequests, "quota_exceeded");
        var guest = await AccountClient.GuestAsync(cluster.WebB);
        await (await BookAsync(guest, slots[5])).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task TheBookerDownloadsTheMeetingAsAnICalendarFileInUtc()
    {
        var owner = await OwnerAsync("Wang, \"Tea\"; Master");
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(5).AddHours(6).AddMinutes(30), TimeSpan.Zero);
        var slot = await PublishAsync(owner, start, 45);
        var visitor = await AccountClient.RegisterAsync(cluster.WebB, "Lin");
        Assert.Equal(HttpStatusCode.OK, (await BookAsync(visitor, slot)).StatusCode);

        var response = await visitor.Http.GetAsync($"/api/booths/{Booth}/slots/{slot}/calendar.ics");
        var stranger = await AccountClient.RegisterAsync(cluster.WebA, "Stranger");
        var refused = await stranger.Http.GetAsync($"/api/booths/{Booth}/slots/{slot}/calendar.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{start.UtcDateTime:yyyyMMdd}T063000Z\r\n", unfolded);
        Assert.Contains($"DTEND:{start.UtcDateTime:yyyyMMdd}T071500Z\r\n", unfolded);
        Assert.Contains($"UID:{slot}.{Booth}.{visitor.VisitorId}@silk-road-expo\r\n", unfolded);
        Assert.Contains("Meet Wang\\, \"Tea\"\\; Master in the booth's chat: http", unfolded);
        Assert.Contains($"/#/booth/{Booth}", unfolded);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    private async Task<AccountClient> OwnerAsync(string name = "Owner")
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        return await AccountClient.RegisterAsync(cluster.WebA, name, await organiser.InviteAsync(Booth, "member"));
    }

    private static async Task<string> PublishAsync(AccountClient owner, DateTimeOffset start, int minutes)
    {
        var slot = await (await owner.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/slots",
            new { operationId = Guid.NewGuid().ToString(), startsAt = start, minutes })).JsonAsync();
        return slot.GetProperty("id").GetString()!;
    }

    private static Task<HttpResponseMessage> BookAsync(AccountClient visitor, string slot) =>
        visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/slots/{slot}/booking", new { operationId = Guid.NewGuid().ToString() });

    private static async Task<JsonElement> MeetingsAsync(AccountClient visitor) => await (await visitor.Http.GetAsync("/api/me/meetings")).JsonAsync();
}
