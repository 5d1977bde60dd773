using System.Net.Http.Json;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;
using Expo.Web.Tests.Negotiations;
using N = Expo.Web.Tests.Infrastructure.Negotiator;

namespace Expo.Web.Tests.Organiser;

/// <summary>Organisers take away the negotiations of a range and the agreements signed in it, in CSV that agrees with the JSON.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class DealReportTests(ExpoClusterFixture cluster)
{
    private const string Booth = "chaozhou-chunhui-international-travel";

    [Fact]
    public async Task ASignedAndARequestedNegotiationAreListedAndOnlyTheSignedOneIsAnAgreement()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var ownerAccount = await AccountClient.RegisterAsync(cluster.WebB, "Chunhui Owner", invitation: await organiser.InviteAsync(Booth, "owner"));
        await using var visitor = await N.ConnectAsync(cluster.WebA, await AccountClient.RegisterAsync(cluster.WebA, "Lin Yue"));
        await using var owner = await N.ConnectAsync(cluster.WebB, ownerAccount);
        var (signedId, hash) = await NegotiationFlowTests.AgreeAsync(visitor, owner, Booth);
        await visitor.CommandAsync(signedId, "sign", new { operationId = N.NewOperation(), contentHash = hash });
        await owner.CommandAsync(signedId, "sign", new { operationId = N.NewOperation(), contentHash = hash });
        var requestedId = (await visitor.StartAsync(Booth)).GetProperty("negotiationId").GetString()!;
        var range = BoothActivityReportTests.Range();

        // The wall hears of each revision after the command is acknowledged.
        var negotiations = await PollAsync(organiser, $"negotiations?{range}&format=json", rows =>
            rows.Any(r => r.GetProperty("id").GetString() == signedId && r.GetProperty("status").GetString() == "signed")
            && rows.Any(r => r.GetProperty("id").GetString() == requestedId));
        var signed = negotiations.Single(r => r.GetProperty("id").GetString() == signedId);
        Assert.Equal(Booth, signed.GetProperty("boothId").GetString());
        Assert.Equal(2, signed.GetProperty("parties").GetArrayLength());
        Assert.Equal("requested", negotiations.Single(r => r.GetProperty("id").GetString() == requestedId).GetProperty("status").GetString());

        var negotiationCsv = await BoothActivityReportTests.CsvAsync(organiser, $"negotiations?{range}");
        Assert.Equal(["negotiationId", "status", "subject", "field", "partiesEn", "partiesZh", "boothId", "createdAt", "updatedAt"], negotiationCsv[0]);
        Assert.Equal(negotiations.Count, negotiationCsv.Count - 1);
        var signedRow = negotiationCsv.Single(r => r[0] == signedId);
        Assert.Equal("signed", signedRow[1]);
        Assert.Contains("Lin Yue", signedRow[4]);
        Assert.Contains("潮州", signedRow[5]);

        var agreements = (await organiser.Http.GetFromJsonAsync<JsonElement>($"/api/organiser/reports/agreements?{range}&format=json")).EnumerateArray().ToList();
        Assert.Contains(agreements, a => a.GetProperty("id").GetString() == signedId);
        Assert.DoesNotContain(agreements, a => a.GetProperty("id").GetString() == requestedId);
        Assert.All(agreements, a => Assert.NotEqual(JsonValueKind.Null, a.GetProperty("signedAt").ValueKind));
        var agreementCsv = await BoothActivityReportTests.CsvAsync(organiser, $"agreements?{range}");
        Assert.Equal(agreements.Count, agreementCsv.Count - 1);
        Assert.Equal(hash, agreementCsv.Single(r => r[0] == signedId)[7]);
    }

    private static async Task<List<JsonElement>> PollAsync(AccountClient organiser, string query, Func<List<JsonElement>, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var rows = (await organiser.Http.GetFromJsonAsync<JsonElement>($"/api/organiser/reports/{query}")).EnumerateArray().ToList();
            if (condition(rows))
            {
                return rows;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The report did not list both negotiations within 20 s: {JsonSerializer.Serialize(rows)}");
            await Task.Delay(200);
        }
    }
}
