using System.Diagnostics;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using static Expo.Web.Tests.ScaleOut.ScaleOutChecks;

namespace Expo.Web.Tests.ScaleOut;

[Collection(ScaleOutCollection.Name)]
public sealed class NegotiationSiloLossTests(ITestOutputHelper output)
{
    private const int Negotiations = 4;
    private const int OffersBeforeKill = 3;
    private const int OffersAfterKill = 2;
    private const string Booth = "licheng-wenlv-investment-group";
    private const string OrganiserEmail = "organiser@kill.test";
    private const string OrganiserPassword = "organiser password";

    [Fact]
    public async Task KillingASiloMidNegotiationKeepsEveryAcknowledgedOfferOnceAndEveryNegotiationFinishes()
    {
        await using var expo = await ExpoProcesses.StartStorageAsync(new Dictionary<string, string>(Settings)
        {
            ["Expo__Organiser__Email"] = OrganiserEmail,
            ["Expo__Organiser__Password"] = OrganiserPassword,
        });

        // Every negotiation starts while only the doomed silo runs, so it, the inboxes and the wall all live there.
        var doomed = await expo.StartSiloAsync();
        var web = await expo.StartWebNodeAsync();
        var address = web.Address!;
        var organiser = await ApiSession.SignInAsync(address, OrganiserEmail, OrganiserPassword);
        var invitation = await organiser.PostAsync($"/api/booths/{Booth}/invitations", new { operationId = "owner", role = "owner" }, Patience);
        var owner = await ApiSession.RegisterAsync(address, "Licheng Owner", invitation.GetProperty("code").GetString());
        var runs = new List<Run>();
        for (var i = 0; i < Negotiations; i++)
        {
            var visitor = await ApiSession.RegisterAsync(address, $"Visitor {i}");
            var started = await visitor.PostAsync("/api/negotiations", new { operationId = $"start-{i}", boothId = Booth, subject = "Halal catering for tour groups", field = "special-diet" }, Patience);
            var run = new Run(started.GetProperty("negotiationId").GetString()!, visitor, owner);
            await owner.PostAsync(run.Path("accept-request"), new { operationId = $"accept-{i}" }, Patience);
            await run.OfferAsync();
            runs.Add(run);
        }

        await expo.StartSiloAsync();
        await expo.WaitForActiveSilosAsync(2, Patience);
        await using var watcher = await ExpoHubClient.ConnectAsync(address, owner.HubSession());
        var live = new EventLog<JsonElement>();
        watcher.Connection.On<JsonElement>("NegotiationChanged", live.Add);
        await watcher.Connection.InvokeAsync<JsonElement>("OpenNegotiation", runs[0].Id);
        await Task.WhenAll(runs.Select(async r =>
        {
            while (r.Offers.Count < OffersBeforeKill)
            {
                await r.OfferAsync();
            }
        }));

        var revisionAtKill = runs[0].Revision;
        var sinceKill = Stopwatch.StartNew();
        await doomed.KillAsync();

        // Clients carry on through the failover: each sends its next offers, retrying with the same operation id.
        try
        {
            await Task.WhenAll(runs.Select(async r =>
            {
                while (r.Offers.Count < OffersBeforeKill + OffersAfterKill)
                {
                    await r.OfferAsync();
                }
            }));
        }
        catch (Exception failure)
        {
            // What the Web node saw is what explains a failover that did not carry on.
            output.WriteLine(web.Log[^Math.Min(web.Log.Length, 20_000)..]);
            throw new InvalidOperationException($"Offers after the kill failed: {failure.Message}", failure);
        }
        var offersAgain = sinceKill.Elapsed;
        var liveAgain = await LiveAgainAsync(runs[0], live, revisionAtKill);
        var firstOffer = runs[0].Offers[0];
        var replayed = await runs[0].Visitor.PostAsync(runs[0].Path("propose"), firstOffer.Body, Patience);
        Assert.Equal(1, replayed.GetProperty("version").GetInt32());
        await Task.WhenAll(runs.Select(r => r.FinishAsync()));

        var wall = await organiser.GetAsync("/api/signing-wall", Patience);
        foreach (var run in runs)
        {
            var detail = await run.Visitor.GetAsync($"/api/negotiations/{run.Id}", Patience);
            var negotiation = detail.GetProperty("negotiation");
            var versions = negotiation.GetProperty("versions").EnumerateArray().ToList();
            Assert.Equal(run.Offers.Select(o => (o.Version, o.Value)), versions.Select(v => (v.GetProperty("number").GetInt32(), v.GetProperty("terms").GetProperty("value").GetDecimal())));
            Assert.Equal(versions.Count, detail.GetProperty("diffs").GetArrayLength());
            Assert.Equal("signed", negotiation.GetProperty("status").GetString());
            var hash = negotiation.GetProperty("document").GetProperty("contentHash").GetString();
            Assert.Equal([hash, hash], negotiation.GetProperty("signatures").EnumerateArray().Select(s => s.GetProperty("contentHash").GetString()));
            Assert.Single(wall.GetProperty("agreements").EnumerateArray(), a => a.GetProperty("id").GetString() == run.Id);
        }

        var counts = await organiser.GetAsync("/api/organiser/negotiations", Patience);
        Assert.Equal((0, wall.GetProperty("signed").GetInt32()), (counts.GetProperty("open").GetInt32(), counts.GetProperty("signed").GetInt32()));
        output.WriteLine($"{Negotiations} negotiations on one Web node; killed the silo holding all of them after {OffersBeforeKill} offers each");
        output.WriteLine($"every negotiation had {OffersAfterKill} more offers acknowledged {offersAgain.TotalSeconds:F2} s after the kill; live changes reached an open room again after {liveAgain.TotalSeconds:F2} s");
        output.WriteLine($"{runs.Sum(r => r.Visitor.Retries) + owner.Retries} requests repeated with the same operation id; {runs.Sum(r => r.Offers.Count)} acknowledged offers, each stored once");
    }

    /// <summary>Counters negotiation 0 until a change made after the kill reaches the open room live; returns when.</summary>
    private static async Task<TimeSpan> LiveAgainAsync(Run run, EventLog<JsonElement> live, long revisionAtKill)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await Eventually.WaitAsync("a change after the kill arrives live", () =>
                    live.Snapshot().Any(e => e.GetProperty("revision").GetInt64() > revisionAtKill), TimeSpan.FromSeconds(1));
                return clock.Elapsed;
            }
            catch (TimeoutException) when (clock.Elapsed < Patience)
            {
                // The Web node has not subscribed to the moved negotiation yet; it does on its next renewal.
                await run.OfferAsync();
            }
        }
    }

    private sealed class Run(string id, ApiSession visitor, ApiSession owner)
    {
        public string Id { get; } = id;

        public ApiSession Visitor { get; } = visitor;

        public List<(int Version, decimal Value, object Body)> Offers { get; } = [];

        public long Revision { get; private set; }

        public string Path(string action) => $"/api/negotiations/{Id}/{action}";

        /// <summary>The visitor proposes version 1; then the parties take turns countering the latest version.</summary>
        public async Task OfferAsync()
        {
            var version = Offers.Count + 1;
            var value = 1000m * version;
            var (party, action, body) = version == 1
                ? (Visitor, "propose", (object)new { operationId = $"{Id}-v1", basedOnVersion = 0, terms = Negotiator.Terms(value) })
                : (version % 2 == 0 ? owner : Visitor, "counter", new { operationId = $"{Id}-v{version}", version = version - 1, terms = Negotiator.Terms(value) });
            var receipt = await party.PostAsync(Path(action), body, Patience);
            Assert.Equal(version, receipt.GetProperty("version").GetInt32());
            Revision = receipt.GetProperty("revision").GetInt64();
            Offers.Add((version, value, body));
        }

        /// <summary>The party that did not make the last offer accepts it; both sign the document.</summary>
        public async Task FinishAsync()
        {
            var accepter = Offers.Count % 2 == 0 ? Visitor : owner;
            var agreed = await accepter.PostAsync(Path("accept-terms"), new { operationId = $"{Id}-accept", version = Offers.Count }, Patience);
            var hash = agreed.GetProperty("documentHash").GetString();
            await Visitor.PostAsync(Path("sign"), new { operationId = $"{Id}-sign-visitor", contentHash = hash }, Patience);
            var signed = await owner.PostAsync(Path("sign"), new { operationId = $"{Id}-sign-owner", contentHash = hash }, Patience);
            Assert.Equal("signed", signed.GetProperty("status").GetString());
        }
    }
}
