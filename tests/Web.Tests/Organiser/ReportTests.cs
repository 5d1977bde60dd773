using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Organiser;

/// <summary>Organisers take attendance and the booth ranking away as CSV a spreadsheet reads (Chinese included) or as JSON.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class ReportTests(ExpoClusterFixture cluster)
{
    private const string Booth = "dunhuang-culture-tourism";

    [Fact]
    public async Task TheBoothRankingCsvRoundTripsWithChineseNamesAndAgreesWithTheJson()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebB, "Ranked");
        await visitor.EnterBoothAsync(Booth);
        var json = await PollAsync(
            () => organiser.Http.GetFromJsonAsync<JsonElement>("/api/organiser/reports/booths?format=json"),
            ranks => ranks.EnumerateArray().Any(r => r.GetProperty("boothId").GetString() == Booth && r.GetProperty("peakVisitors").GetInt32() >= 1));

        var response = await organiser.Http.GetAsync("/api/organiser/reports/booths");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));

        Assert.Equal(["rank", "boothId", "nameEn", "nameZh", "pavilionId", "averageVisitors", "peakVisitors", "peakAt"], rows[0]);
        var dunhuang = rows.Single(r => r[1] == Booth);
        Assert.Equal("dunhuang", dunhuang[4]);
        Assert.Contains("敦煌", dunhuang[3]);
        Assert.True(int.Parse(dunhuang[6]) >= 1);
        Assert.Equal(json.GetArrayLength(), rows.Count - 1);
        Assert.Equal(rows.Skip(1).Select(r => int.Parse(r[0])), Enumerable.Range(1, rows.Count - 1));
        var averages = rows.Skip(1).Select(r => double.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(averages.OrderByDescending(a => a), averages);
    }

    [Fact]
    public async Task TheAttendanceCsvHasOneColumnPerPavilionThatAddsUpToTheTotal()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebB, "Sampled");
        await visitor.EnterBoothAsync(Booth);
        await PollAsync(
            () => organiser.Http.GetFromJsonAsync<JsonElement>("/api/organiser/reports/attendance?format=json"),
            samples => samples.EnumerateArray().Any(s => s.GetProperty("inBooths").GetInt32() >= 1));

        var rows = ParseCsv(Encoding.UTF8.GetString((await organiser.Http.GetByteArrayAsync("/api/organiser/reports/attendance"))[3..]));

        Assert.Equal(["at", "inBooths", "joins", "leaves", "chatLines"], rows[0][..5]);
        Assert.Contains("pavilion:dunhuang", rows[0]);
        Assert.All(rows.Skip(1), r => Assert.Equal(int.Parse(r[1]), r[5..].Sum(int.Parse)));
    }

    [Fact]
    public async Task ReportsAreForOrganisersAndABadFormatIsRefused()
    {
        var visitor = await AccountClient.RegisterAsync(cluster.WebA);
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);

        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.Http.GetAsync("/api/organiser/reports/booths")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountClient.Anonymous(cluster.WebA).Http.GetAsync("/api/organiser/reports/attendance")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await organiser.Http.GetAsync("/api/organiser/reports/booths?format=xlsx")).StatusCode);
    }

    private static async Task<JsonElement> PollAsync(Func<Task<JsonElement>> read, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The report did not show the visitor within 20 s: {value}");
            await Task.Delay(200);
        }
    }

    private static List<List<string>> ParseCsv(string text) => Rfc4180.Parse(text);
}
