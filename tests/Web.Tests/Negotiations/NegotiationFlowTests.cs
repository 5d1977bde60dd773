using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using N = Expo.Web.Tests.Infrastructure.Negotiator;

namespace Expo.Web.Tests.Negotiations;

[Collection(ExpoClusterCollection.Name)]
public sealed class NegotiationFlowTests(ExpoClusterFixture cluster)
{
    private const string Booth = "kung-fu-animation";

    [Fact]
    public async Task TwoPartiesOnTwoWebNodesNegotiateToASignedAgreementThatAGuestSeesGoUpLive()
    {
        var (visitor, owner) = await PartiesAsync();
        await using var _ = visitor;
        await using var __ = owner;
        await using var guest = await N.ConnectAsync(cluster.WebB, await AccountClient.GuestAsync(cluster.WebB));
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var signedBefore = (await organiser.Http.GetJsonAsync("/api/organiser/negotiations")).GetProperty("signed").GetInt32();

        var started = await visitor.StartAsync(Booth);
        var id = started.GetProperty("negotiationId").GetString()!;
        Assert.Equal("requested", started.GetProperty("status").GetString());
        var badge = await owner.Inbox.WaitForAsync(e => e.GetProperty("negotiationId").GetString() == id);
        Assert.True(badge.GetProperty("unread").GetInt32() >= 1);
        var inbox = await owner.Account.Http.GetJsonAsync("/api/inbox");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("negotiationId").GetString() == id && i.GetProperty("kind").GetString() == "request");
        var room = await visitor.OpenAsync(id);
        Assert.Equal("requested", room.GetProperty("negotiation").GetProperty("status").GetString());
        await owner.OpenAsync(id);

        await owner.CommandAsync(id, "accept-request", new { operationId = N.NewOperation() });
        await visitor.Changes.WaitForAsync(e => e.GetProperty("negotiationId").GetString() == id && e.GetProperty("status").GetString() == "open");
        await visitor.CommandAsync(id, "propose", new { operationId = N.NewOperation(), basedOnVersion = 0, terms = N.Terms(100000) });
        await owner.Changes.WaitForAsync(e => e.GetProperty("status").GetString() == "offered" && e.GetProperty("version").GetInt32() == 1);
        await owner.CommandAsync(id, "counter", new { operationId = N.NewOperation(), version = 1, terms = N.Terms(150000) });
        await visitor.Changes.WaitForAsync(e => e.GetProperty("version").GetInt32() == 2);
        var agreed = await visitor.CommandAsync(id, "accept-terms", new { operationId = N.NewOperation(), version = 2 });
        Assert.Equal("agreed", agreed.GetProperty("status").GetString());
        var hash = agreed.GetProperty("documentHash").GetString()!;
        await owner.Changes.WaitForAsync(e => e.GetProperty("status").GetString() == "agreed" && e.GetProperty("documentHash").GetString() == hash);

        var sequence = await visitor.Hub.Connection.InvokeAsync<long>("SendNegotiationMessage", id, N.NewOperation(), "Ready to sign on our side.");
        var line = await owner.Messages.WaitForAsync(m => m.GetProperty("negotiationId").GetString() == id);
        Assert.Equal((sequence, "Ready to sign on our side.", visitor.UserId), (line.GetProperty("sequence").GetInt64(), line.GetProperty("text").GetString(), line.GetProperty("senderId").GetString()));
        var caughtUp = await owner.Hub.Connection.InvokeAsync<JsonElement>("NegotiationMessagesSince", id, 0L);
        Assert.Equal([sequence], caughtUp.EnumerateArray().Select(m => m.GetProperty("sequence").GetInt64()));

        var detail = await owner.Account.Http.GetJsonAsync($"/api/negotiations/{id}");
        Assert.Equal(2, detail.GetProperty("negotiation").GetProperty("versions").GetArrayLength());
        var valueChange = detail.GetProperty("diffs")[1].GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "value");
        Assert.Equal(("100000", "150000"), (valueChange.GetProperty("before").GetString(), valueChange.GetProperty("after").GetString()));

        await visitor.CommandAsync(id, "sign", new { operationId = N.NewOperation(), contentHash = hash });
        var signed = await owner.CommandAsync(id, "sign", new { operationId = N.NewOperation(), contentHash = hash });

        Assert.Equal("signed", signed.GetProperty("status").GetString());
        var onWall = await guest.Signed.WaitForAsync(e => e.GetProperty("agreement").GetProperty("id").GetString() == id);
        Assert.Equal(hash, onWall.GetProperty("agreement").GetProperty("documentHash").GetString());
        await visitor.Changes.WaitForAsync(e => e.GetProperty("status").GetString() == "signed");
        var wall = await AccountClient.Anonymous(cluster.WebA).Http.GetJsonAsync("/api/signing-wall");
        Assert.Equal(id, wall.GetProperty("agreements")[0].GetProperty("id").GetString());
        var counts = await organiser.Http.GetJsonAsync("/api/organiser/negotiations");
        Assert.True(counts.GetProperty("signed").GetInt32() > signedBefore);
        var mine = await visitor.Account.Http.GetJsonAsync("/api/negotiations");
        Assert.Equal("signed", mine.EnumerateArray().Single(n => n.GetProperty("id").GetString() == id).GetProperty("status").GetString());
        var ownerInbox = await owner.Account.Http.GetJsonAsync("/api/inbox");
        Assert.DoesNotContain(ownerInbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("negotiationId").GetString() == id);
    }

    [Fact]
    public async Task RetriesWithTheSameOperationIdApplyOnceAndAReusedIdForAnotherCommandIsRefused()
    {
        var (visitor, owner) = await PartiesAsync();
        await using var _ = visitor;
        await using var __ = owner;
        var start = N.NewOperation();

        var first = await visitor.StartAsync(Booth, start);
        var again = await visitor.StartAsync(Booth, start);
        var id = first.GetProperty("negotiationId").GetString()!;
        Assert.Equal(first.ToString(), again.ToString());
        await owner.CommandAsync(id, "accept-request", new { operationId = N.NewOperation() });
        var propose = new { operationId = N.NewOperation(), basedOnVersion = 0, terms = N.Terms(5000) };
        var proposed = await visitor.CommandAsync(id, "propose", propose);
        var repeated = await visitor.CommandAsync(id, "propose", propose);

        Assert.Equal(proposed.ToString(), repeated.ToString());
        Assert.Equal(1, (await visitor.GetAsync(id)).GetProperty("versions").GetArrayLength());
        await visitor.AssertRefusedAsync(id, "withdraw", new { propose.operationId }, HttpStatusCode.Conflict, "conflict");
        Assert.Equal("offered", (await visitor.GetAsync(id)).GetProperty("status").GetString());
        var mine = await visitor.Account.Http.GetJsonAsync("/api/negotiations");
        Assert.Single(mine.EnumerateArray(), n => n.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task TheAgreementDocumentIsServedToPartiesWithItsHeadersAndHash()
    {
        var (visitor, owner) = await PartiesAsync();
        await using var _ = visitor;
        await using var __ = owner;
        var (id, hash) = await AgreeAsync(visitor, owner);

        var page = await visitor.Account.Http.GetAsync($"/api/negotiations/{id}/agreement.html");
        var record = await owner.Account.Http.GetAsync($"/api/negotiations/{id}/agreement.json");
        var outsider = await AccountClient.RegisterAsync(cluster.WebB, "Outsider");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("inline", page.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"agreement-{id}-{hash[..12]}.html", page.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.Contains("Ganzhou City IP animation", await page.Content.ReadAsStringAsync());
        Assert.Equal("application/json", record.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", record.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", record.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(await record.Content.ReadAsByteArrayAsync())));
        await (await outsider.Http.GetAsync($"/api/negotiations/{id}/agreement.json")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await outsider.Http.GetAsync($"/api/negotiations/{id}/agreement.html")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    /// <summary>An individual visitor on node A, and a new owner of the booth on node B, both listening on the hub.</summary>
    private async Task<(N Visitor, N Owner)> PartiesAsync()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await AccountClient.RegisterAsync(cluster.WebB, "Kung Fu Owner", invitation: await organiser.InviteAsync(Booth, "owner"));
        var visitor = await AccountClient.RegisterAsync(cluster.WebA, "Amina");
        return (await N.ConnectAsync(cluster.WebA, visitor), await N.ConnectAsync(cluster.WebB, owner));
    }

    internal static async Task<(string Id, string Hash)> AgreeAsync(N visitor, N owner, string boothId = Booth)
    {
        var id = (await visitor.StartAsync(boothId)).GetProperty("negotiationId").GetString()!;
        await owner.CommandAsync(id, "accept-request", new { operationId = N.NewOperation() });
        await visitor.CommandAsync(id, "propose", new { operationId = N.NewOperation(), basedOnVersion = 0, terms = N.Terms(80000) });
        var agreed = await owner.CommandAsync(id, "accept-terms", new { operationId = N.NewOperation(), version = 1 });
        return (id, agreed.GetProperty("documentHash").GetString()!);
    }
}
