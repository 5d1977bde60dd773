using System.Net;
using Expo.Grains.Models;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.Moderation;

/// <summary>Mutes and bans on the hub and HTTP paths beyond entering and chatting, and bans ending connections on every node.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class SanctionWebTests(ExpoClusterFixture cluster)
{
    private const string Booth = "fujian-runpu-culture-media";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AnExpoBanOnOneNodeClosesEveryConnectionOfThePersonOnTheOther()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var session = await ExpoHubClient.StartGuestAsync(cluster.WebB.CreateClient(), "Troll");
        await using var inBooth = await ExpoHubClient.ConnectAsync(cluster.WebB, "Troll", session);
        await using var elsewhere = await ExpoHubClient.ConnectAsync(cluster.WebB, "Troll", session);
        await using var bystander = await ExpoHubClient.ConnectAsync(cluster.WebB, "Bystander");
        await inBooth.EnterBoothAsync(Booth);
        var closed = new[] { Closed(inBooth.Connection), Closed(elsewhere.Connection) };

        await (await organiser.SendAsync(HttpMethod.Post, "/api/moderation/sanctions", new
        {
            operationId = Guid.NewGuid().ToString(), kind = "ban", visitorId = session.VisitorId, reason = "Scam links", durationMinutes = 60,
        })).JsonAsync();

        await Task.WhenAll(closed).WaitAsync(Patience);
        Assert.Equal(HubConnectionState.Connected, bystander.Connection.State);
        await bystander.EnterBoothAsync(Booth);
    }

    [Fact]
    public async Task ABoothBanRefusesHistoryReportsAndContactRequestsWithTheBannedCode()
    {
        var owner = await OwnerAsync();
        var visitor = await AccountClient.RegisterAsync(cluster.WebB, "Visitor");
        await using var hub = await ExpoHubClient.ConnectAsync(cluster.WebB, "Visitor", new ExpoHubClient.GuestSession(visitor.VisitorId, visitor.Token, "Visitor", "en"));
        await using var author = await ExpoHubClient.ConnectAsync(cluster.WebA, "Author");
        await author.EnterBoothAsync(Booth);
        var line = await author.SendChatAsync(Booth, $"hello {Guid.NewGuid():N}");
        await hub.ChatSinceAsync(Booth, line - 1);

        await (await owner.SendAsync(HttpMethod.Post, "/api/moderation/sanctions", new
        {
            operationId = Guid.NewGuid().ToString(), kind = "ban", visitorId = visitor.VisitorId, boothId = Booth, reason = "Harassment",
        })).JsonAsync();

        var history = await Assert.ThrowsAsync<HubException>(() => hub.ChatSinceAsync(Booth, 0));
        Assert.Equal("banned", history.Code());
        await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/reports",
            new { operationId = Guid.NewGuid().ToString(), sequence = line, category = "spam" })).AssertProblemAsync(HttpStatusCode.Forbidden, "banned");
        await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/contact-requests",
            new { operationId = Guid.NewGuid().ToString(), consent = true, message = "Call me" })).AssertProblemAsync(HttpStatusCode.Forbidden, "banned");
    }

    [Fact]
    public async Task StaffLinesCarryTheStaffBadgeAndAGuestNamedStaffDoesNot()
    {
        var owner = await OwnerAsync();
        await using var staff = await ExpoHubClient.ConnectAsync(cluster.WebA, "Booth Owner", new ExpoHubClient.GuestSession(owner.VisitorId, owner.Token, "Booth Owner", "en"));
        await using var impostor = await ExpoHubClient.ConnectAsync(cluster.WebB, "Staff");
        await staff.EnterBoothAsync(Booth);
        await impostor.EnterBoothAsync(Booth);

        var fromStaff = await staff.SendChatAsync(Booth, $"welcome {Guid.NewGuid():N}");
        var fromImpostor = await impostor.SendChatAsync(Booth, $"I am staff {Guid.NewGuid():N}");

        Assert.Equal("staff", (await impostor.WaitForChatAsync(m => m.Sequence == fromStaff)).SenderRole);
        Assert.Null((await staff.WaitForChatAsync(m => m.Sequence == fromImpostor)).SenderRole);
    }

    private static Task Closed(HubConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }

    private async Task<AccountClient> OwnerAsync()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var code = await organiser.InviteAsync(Booth, "owner");
        return await AccountClient.RegisterAsync(cluster.WebA, "Booth Owner", invitation: code);
    }
}
