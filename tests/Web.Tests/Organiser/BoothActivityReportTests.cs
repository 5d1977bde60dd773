using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Organiser;

/// <summary>
/// Organisers take away each booth's dwell times and leads for a range, in CSV that agrees with the JSON; the
/// booth's own staff, even its owner, are not organisers and are refused.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class BoothActivityReportTests(ExpoClusterFixture cluster)
{
    private const string Booth = "luoyang-old-town-culture-tourism";

    [Fact]
    public async Task AVisitorsStayAndContactRequestShowInTheDwellAndLeadsReportsInBothFormats()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await AccountClient.RegisterAsync(cluster.WebA, "Owner", await organiser.InviteAsync(Booth, "owner"));
        var visitor = await AccountClient.RegisterAsync(cluster.WebB, "Zhou Min");
        var range = Range();

        await using (var hub = await ExpoHubClient.ConnectAsync(cluster.WebB, "Zhou Min", visitor.HubSession()))
        {
            await hub.EnterBoothAsync(Booth);
            await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/contact-requests",
                new { operationId = Guid.NewGuid().ToString("N"), consent = true, message = "Night tours of the old town?" })).JsonAsync();

            // Someone who comes and goes within one presence window is neither a visit nor a stay, so the visit is
            // seen before the visitor leaves. Visits and stays reach the analytics one-way with presence flushes.
            await RowAsync(organiser, $"dwell?{range}&format=json", r => r.GetProperty("visits").GetInt64() >= 1);
            await hub.SendChatAsync(Booth, "Are the night tours in English too?");
            await hub.LeaveBoothAsync(Booth);
        }

        // Each Web node counts its chat lines per booth and hands them to the booth's statistics once a second.
        var dwell = await RowAsync(
            organiser, $"dwell?{range}&format=json", r => r.GetProperty("stays").GetInt64() >= 1 && r.GetProperty("chatMessages").GetInt64() >= 1);
        Assert.True(dwell.GetProperty("visits").GetInt64() >= 1);
        Assert.True(dwell.GetProperty("uniqueVisitors").GetInt64() >= 1);
        Assert.True(dwell.GetProperty("averageStaySeconds").GetDouble() >= 0);
        var dwellCsv = await CsvAsync(organiser, $"dwell?{range}");
        Assert.Equal(["boothId", "nameEn", "nameZh", "pavilionId", "visits", "uniqueVisitors", "stays", "averageStaySeconds", "chatMessages", "downloads"], dwellCsv[0]);
        var dwellRow = dwellCsv.Single(r => r[0] == Booth);
        Assert.Contains("洛阳", dwellRow[2]);
        Assert.Equal(dwell.GetProperty("stays").GetInt64(), long.Parse(dwellRow[6]));
        Assert.Equal(dwell.GetProperty("chatMessages").GetInt64(), long.Parse(dwellRow[8]));

        var leads = await RowAsync(organiser, $"leads?{range}&format=json", r => r.GetProperty("leads").GetInt32() >= 1);
        Assert.True(leads.GetProperty("newLeads").GetInt32() >= 1);
        Assert.True(leads.GetProperty("interactions").GetProperty("contact").GetInt32() >= 1);
        var leadsCsv = await CsvAsync(organiser, $"leads?{range}");
        Assert.Equal(["boothId", "nameEn", "nameZh", "pavilionId", "leads", "newLeads", "contact", "card", "chat", "download"], leadsCsv[0]);
        var leadsRow = leadsCsv.Single(r => r[0] == Booth);
        Assert.Equal(leads.GetProperty("leads").GetInt32(), int.Parse(leadsRow[4]));
        Assert.Equal(leads.GetProperty("interactions").GetProperty("contact").GetInt32(), int.Parse(leadsRow[6]));
        Assert.DoesNotContain(visitor.Email, Encoding.UTF8.GetString(await organiser.Http.GetByteArrayAsync($"/api/organiser/reports/leads?{range}")));

        // A range that ended before the visit counts none of it.
        var before = $"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-3).ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-2).ToString("O"))}";
        var empty = (await organiser.Http.GetFromJsonAsync<JsonElement>($"/api/organiser/reports/leads?{before}&format=json"))
            .EnumerateArray().Single(r => r.GetProperty("boothId").GetString() == Booth);
        Assert.Equal(0, empty.GetProperty("leads").GetInt32());

        foreach (var report in new[] { "dwell", "leads", "negotiations", "agreements" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await owner.Http.GetAsync($"/api/organiser/reports/{report}")).StatusCode);
        }
    }

    [Fact]
    public async Task ARangeThatRunsBackwardsOrTooLongIsRefused()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);

        foreach (var report in new[] { "dwell", "leads", "negotiations", "agreements" })
        {
            await (await organiser.Http.GetAsync($"/api/organiser/reports/{report}?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z"))
                .AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
            await (await organiser.Http.GetAsync($"/api/organiser/reports/{report}?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z"))
                .AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
        }
    }

    /// <summary>The last day up to a minute from now, so the visit falls inside it.</summary>
    internal static string Range() =>
        $"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-1).ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(10).ToString("O"))}";

    internal static async Task<List<List<string>>> CsvAsync(AccountClient organiser, string query)
    {
        var bytes = await organiser.Http.GetByteArrayAsync($"/api/organiser/reports/{query}");
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Rfc4180.Parse(Encoding.UTF8.GetString(bytes[3..]));
    }

    private static async Task<JsonElement> RowAsync(AccountClient organiser, string query, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var rows = await organiser.Http.GetFromJsonAsync<JsonElement>($"/api/organiser/reports/{query}");
            var row = rows.EnumerateArray().Single(r => r.GetProperty("boothId").GetString() == Booth);
            if (condition(row))
            {
                return row;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The report did not show the visit within 30 s: {row}");
            await Task.Delay(200);
        }
    }
}
