using System.Net;
using System.Text;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.SelfService;

[Collection(ExpoClusterCollection.Name)]
public sealed class LeadHttpTests(ExpoClusterFixture cluster)
{
    private const string Booth = "kung-fu-animation";

    [Fact]
    public async Task AContactRequestACardABrochureDownloadAndChatFromOneVisitorMakeOneLead()
    {
        var owner = await OwnerAsync();
        var brochure = await owner.UploadOkAsync(Booth, MediaSamples.Pdf(), "brochure.pdf");
        var visitor = await AccountClient.RegisterAsync(cluster.WebB, "Chen Jing");

        await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/contact-requests",
            new { operationId = "c1", consent = true, message = "Do you license the characters?" })).JsonAsync();
        await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/cards",
            new { operationId = "c2", consent = true, card = new { name = "Chen Jing", organisation = "Malacca Arts", email = "chen@example.com" } })).JsonAsync();
        var download = await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/downloads",
            new { operationId = "c3", mediaId = brochure.GetProperty("id").GetString(), shareContact = true })).JsonAsync();
        await using (var hub = await ExpoHubClient.ConnectAsync(cluster.WebB, "Chen Jing", visitor.HubSession()))
        {
            await hub.EnterBoothAsync(Booth);
            await hub.SendChatAsync(Booth, "Hello from Malacca");
        }

        Assert.Equal(brochure.GetProperty("url").GetString(), download.GetProperty("url").GetString());
        // The chat line reaches the leads one-way, after the chat acknowledged it.
        var lead = await LeadOfAsync(owner, visitor, interactions: 4);
        Assert.Equal(["contact", "card", "download", "chat"], lead.GetProperty("interactions").EnumerateArray().Select(i => i.GetProperty("kind").GetString()));
        Assert.Equal(visitor.Email, lead.GetProperty("email").GetString());
        Assert.Equal("Malacca Arts", lead.GetProperty("card").GetProperty("organisation").GetString());
        Assert.All(lead.GetProperty("interactions").EnumerateArray(), i => Assert.False(string.IsNullOrEmpty(i.GetProperty("consent").GetProperty("text").GetString())));
    }

    [Fact]
    public async Task GuestsChatAndDownloadWithoutBecomingLeadsAndNobodySharesWithoutConsent()
    {
        var owner = await OwnerAsync();
        var brochure = await owner.UploadOkAsync(Booth, MediaSamples.Pdf(), "brochure.pdf");
        var guest = await AccountClient.GuestAsync(cluster.WebA);
        var visitor = await AccountClient.RegisterAsync(cluster.WebA);
        var before = await LeadsAsync(owner);

        var plain = await (await guest.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/downloads",
            new { mediaId = brochure.GetProperty("id").GetString(), shareContact = false })).JsonAsync();
        await (await guest.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/contact-requests", new { operationId = "c1", consent = true, message = "Hi" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/contact-requests", new { operationId = "c1", consent = false, message = "Hi" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
        await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/cards", new { operationId = "c2", consent = true, card = new { organisation = "No name" } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
        await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/downloads", new { operationId = "c3", mediaId = "m-nowhere", shareContact = true }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "not_found");

        Assert.False(plain.GetProperty("shared").GetBoolean());
        Assert.Equal(before.Count, (await LeadsAsync(owner)).Count);
    }

    [Fact]
    public async Task TheCsvExportRoundTripsChineseTextCommasQuotesAndNewlinesAndDefusesFormulas()
    {
        var owner = await OwnerAsync();
        var visitor = await AccountClient.RegisterAsync(cluster.WebA, "林 \"Lin\", 伟");
        const string message = "您好，我们想合作。\nLine two, with \"quotes\"";
        const string organisation = "泉州文旅, \"Harbour\" Ltd";
        await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/contact-requests", new
        {
            operationId = "c1", consent = true, message, card = new { name = "=HYPERLINK(\"http://evil\")", organisation, phone = "+86 595 1234" },
        })).JsonAsync();
        await (await owner.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/leads/{visitor.VisitorId}",
            new { operationId = "a1", rating = 5, note = "@SUM(1,2) 热门客户\r\n回电" })).JsonAsync();

        var response = await owner.Http.GetAsync($"/api/booths/{Booth}/leads/export?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Rfc4180.Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[3..]));
        var header = rows[0];
        var row = rows.Single(r => r[header.IndexOf("visitorId")] == visitor.VisitorId);
        string Cell(string column) => row[header.IndexOf(column)];
        Assert.Equal(header.Count, row.Count);
        Assert.Equal("林 \"Lin\", 伟", Cell("displayName"));
        Assert.Equal(organisation, Cell("organisation"));
        Assert.Equal(message, Cell("lastMessage"));
        Assert.Equal("'=HYPERLINK(\"http://evil\")", Cell("cardName"));
        Assert.Equal("'+86 595 1234", Cell("phone"));
        Assert.Equal("'@SUM(1,2) 热门客户\r\n回电", Cell("note"));
        Assert.Equal("5", Cell("rating"));
        Assert.Equal(visitor.Email, Cell("email"));

        var json = await owner.Http.GetAsync($"/api/booths/{Booth}/leads/export?format=json");
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        var exported = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .Single(l => l.GetProperty("visitorId").GetString() == visitor.VisitorId);
        Assert.Equal("=HYPERLINK(\"http://evil\")", exported.GetProperty("card").GetProperty("name").GetString());
        Assert.Equal(organisation, exported.GetProperty("card").GetProperty("organisation").GetString());
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("guest")]
    [InlineData("visitor")]
    [InlineData("other-booth-owner")]
    [InlineData("organiser")]
    public async Task OnlyTheBoothsStaffReadAnnotateAndExportLeads(string actor)
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await OwnerAsync();
        var visitor = await AccountClient.RegisterAsync(cluster.WebA);
        await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/contact-requests", new { operationId = "c1", consent = true, message = "Hi" })).JsonAsync();
        var caller = actor switch
        {
            "anonymous" => AccountClient.Anonymous(cluster.WebB),
            "guest" => await AccountClient.GuestAsync(cluster.WebB),
            "visitor" => visitor,
            "other-booth-owner" => await AccountClient.RegisterAsync(cluster.WebB, invitation: await organiser.InviteAsync("yanan-literature-and-art-society", "owner")),
            _ => organiser,
        };
        var before = await owner.Http.GetStringAsync($"/api/booths/{Booth}/leads");
        var (status, code) = actor == "anonymous" ? (HttpStatusCode.Unauthorized, "unauthorized") : (HttpStatusCode.Forbidden, "forbidden");

        await (await caller.Http.GetAsync($"/api/booths/{Booth}/leads")).AssertProblemAsync(status, code);
        await (await caller.Http.GetAsync($"/api/booths/{Booth}/leads/export?format=csv")).AssertProblemAsync(status, code);
        await (await caller.Http.GetAsync($"/api/booths/{Booth}/leads/export?format=json")).AssertProblemAsync(status, code);
        await (await caller.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/leads/{visitor.VisitorId}", new { operationId = "a1", rating = 1, note = "x" }))
            .AssertProblemAsync(status, code);

        Assert.Equal(before, await owner.Http.GetStringAsync($"/api/booths/{Booth}/leads"));
    }

    private static async Task<JsonElement> LeadOfAsync(AccountClient owner, AccountClient visitor, int interactions)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = (await LeadsAsync(owner)).SingleOrDefault(l => l.GetProperty("visitorId").GetString() == visitor.VisitorId);
            if (found.ValueKind == JsonValueKind.Object && found.GetProperty("interactions").GetArrayLength() >= interactions)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No lead with {interactions} interactions within 10 s: {found}");
            await Task.Delay(50);
        }
    }

    private static async Task<List<JsonElement>> LeadsAsync(AccountClient owner) =>
        [.. (await owner.Http.GetJsonAsync($"/api/booths/{Booth}/leads")).EnumerateArray()];

    private async Task<AccountClient> OwnerAsync()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        return await AccountClient.RegisterAsync(cluster.WebA, "Owner", await organiser.InviteAsync(Booth, "owner"));
    }
}
