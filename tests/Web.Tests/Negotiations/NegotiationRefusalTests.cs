using System.Net;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using N = Expo.Web.Tests.Infrastructure.Negotiator;

namespace Expo.Web.Tests.Negotiations;

[Collection(ExpoClusterCollection.Name)]
public sealed class NegotiationRefusalTests(ExpoClusterFixture cluster)
{
    private const string Booth = "fujian-runpu-culture-media";

    [Fact]
    public async Task GuestsAreRefusedWithAReasonAndStartNothing()
    {
        var guest = await AccountClient.GuestAsync(cluster.WebA);
        await using var hub = await N.ConnectAsync(cluster.WebA, guest);

        await (await guest.SendAsync(HttpMethod.Post, "/api/negotiations", new { operationId = N.NewOperation(), boothId = Booth, subject = "Tours", field = "tourism" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await guest.Http.GetAsync("/api/inbox")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await guest.Http.GetAsync("/api/negotiations")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var error = await Assert.ThrowsAsync<HubException>(() => hub.OpenAsync("n-anything"));
        Assert.Equal("forbidden", error.Code());
        await (await AccountClient.Anonymous(cluster.WebA).Http.GetAsync("/api/negotiations")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task OutsidersAndMembersWhoAreNotSignatoriesAreRefusedAndNothingChanges()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var ownerAccount = await AccountClient.RegisterAsync(cluster.WebB, "Runpu Owner", invitation: await organiser.InviteAsync(Booth, "owner"));
        var memberAccount = await AccountClient.RegisterAsync(cluster.WebB, "Runpu Member");
        await memberAccount.AcceptAsync(await ownerAccount.InviteAsync(Booth, "member"));
        await using var visitor = await N.ConnectAsync(cluster.WebA, await AccountClient.RegisterAsync(cluster.WebA, "Visitor"));
        await using var owner = await N.ConnectAsync(cluster.WebB, ownerAccount);
        await using var member = await N.ConnectAsync(cluster.WebB, memberAccount);
        await using var outsider = await N.ConnectAsync(cluster.WebA, await AccountClient.RegisterAsync(cluster.WebA, "Outsider"));
        var (id, hash) = await NegotiationFlowTests.AgreeAsync(visitor, owner, Booth);
        var before = await visitor.GetAsync(id);

        await (await outsider.Account.Http.GetAsync($"/api/negotiations/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await outsider.AssertRefusedAsync(id, "withdraw", new { operationId = N.NewOperation() }, HttpStatusCode.Forbidden, "forbidden");
        await outsider.AssertRefusedAsync(id, "sign", new { operationId = N.NewOperation(), contentHash = hash }, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal("forbidden", (await Assert.ThrowsAsync<HubException>(() => outsider.OpenAsync(id))).Code());
        Assert.Equal("forbidden", (await Assert.ThrowsAsync<HubException>(() =>
            outsider.Hub.Connection.InvokeAsync<long>("SendNegotiationMessage", id, N.NewOperation(), "let me in"))).Code());
        await member.AssertRefusedAsync(id, "sign", new { operationId = N.NewOperation(), contentHash = hash }, HttpStatusCode.Forbidden, "forbidden");
        await visitor.AssertRefusedAsync(id, "sign", new { operationId = N.NewOperation(), contentHash = new string('0', 64) }, HttpStatusCode.Conflict, "rebase_required");
        await visitor.AssertRefusedAsync(id, "propose", new { operationId = N.NewOperation(), basedOnVersion = 1, terms = N.Terms(1) }, HttpStatusCode.Conflict, "conflict");
        await visitor.AssertRefusedAsync(id, "counter", new { operationId = N.NewOperation(), version = 1, terms = new { subject = "" } }, HttpStatusCode.BadRequest, "invalid_input");
        await (await organiser.Http.GetAsync($"/api/negotiations/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await visitor.Account.Http.GetAsync("/api/organiser/negotiations")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");

        var after = await member.GetAsync(id);
        Assert.Equal(before.GetProperty("revision").GetInt64(), after.GetProperty("revision").GetInt64());
        Assert.Equal(0, after.GetProperty("signatures").GetArrayLength());
        Assert.Equal(0, after.GetProperty("lastMessageSequence").GetInt64());
        Assert.Equal("agreed", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnUnknownNegotiationIsNotFoundForASignedInUser()
    {
        var account = await AccountClient.RegisterAsync(cluster.WebA, "Curious");

        var response = await account.Http.GetAsync($"/api/negotiations/n-{Guid.NewGuid():N}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task OfTwoConcurrentCountersToTheSameVersionOneWinsAndTheOtherIsToldToRebase()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        await using var owner = await N.ConnectAsync(cluster.WebB, await AccountClient.RegisterAsync(cluster.WebB, "Owner", invitation: await organiser.InviteAsync(Booth, "owner")));
        await using var visitor = await N.ConnectAsync(cluster.WebA, await AccountClient.RegisterAsync(cluster.WebA, "Visitor"));
        var (id, _) = await NegotiationFlowTests.AgreeAsync(visitor, owner, Booth);

        var answers = await Task.WhenAll(
            visitor.SendAsync(id, "counter", new { operationId = N.NewOperation(), version = 1, terms = N.Terms(1) }),
            owner.SendAsync(id, "counter", new { operationId = N.NewOperation(), version = 1, terms = N.Terms(2) }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        await answers.Single(a => a.StatusCode != HttpStatusCode.OK).AssertProblemAsync(HttpStatusCode.Conflict, "rebase_required");
        var after = await visitor.GetAsync(id);
        Assert.Equal(2, after.GetProperty("versions").GetArrayLength());
        Assert.Equal("offered", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task MarkingAnItemReadClearsTheBadgeOnEveryConnectionOfTheUser()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var ownerAccount = await AccountClient.RegisterAsync(cluster.WebB, "Owner", invitation: await organiser.InviteAsync(Booth, "owner"));
        await using var owner = await N.ConnectAsync(cluster.WebB, ownerAccount);
        await using var ownerElsewhere = await N.ConnectAsync(cluster.WebA, ownerAccount);
        await using var visitor = await N.ConnectAsync(cluster.WebA, await AccountClient.RegisterAsync(cluster.WebA, "Visitor"));

        var id = (await visitor.StartAsync(Booth)).GetProperty("negotiationId").GetString()!;
        await ownerElsewhere.Inbox.WaitForAsync(e => e.GetProperty("negotiationId").GetString() == id && e.GetProperty("unread").GetInt32() == 1);
        var read = await (await owner.Account.SendAsync(HttpMethod.Post, "/api/inbox/read", new { negotiationId = id })).JsonAsync();

        Assert.Equal(0, read.GetProperty("unread").GetInt32());
        Assert.False(read.GetProperty("items")[0].GetProperty("unread").GetBoolean());
        await ownerElsewhere.Inbox.WaitForAsync(e => e.GetProperty("revision").GetInt64() == 0 && e.GetProperty("unread").GetInt32() == 0);
        await owner.Inbox.WaitForAsync(e => e.GetProperty("revision").GetInt64() == 0 && e.GetProperty("unread").GetInt32() == 0);
    }
}
