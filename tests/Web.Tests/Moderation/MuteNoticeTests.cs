using System.Net;
using Expo.Grains.Models;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.Moderation;

/// <summary>A visitor muted inside a booth hears it at once, on whichever node they are connected, and nobody else does.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class MuteNoticeTests(ExpoClusterFixture cluster)
{
    private const string Booth = "fujian-runpu-culture-media";

    [Fact]
    public async Task OnlyTheMutedVisitorsConnectionsHearOfTheMuteAndOfItsLifting()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        await using var loud = await ExpoHubClient.ConnectAsync(cluster.WebB, "Loud");
        await using var neighbour = await ExpoHubClient.ConnectAsync(cluster.WebB, "Neighbour");
        await using var farAway = await ExpoHubClient.ConnectAsync(cluster.WebA, "Far Away");
        var heard = new EventLog<MuteChanged>();
        var overheard = new EventLog<MuteChanged>();
        loud.Connection.On<MuteChanged>("MuteChanged", heard.Add);
        neighbour.Connection.On<MuteChanged>("MuteChanged", overheard.Add);
        farAway.Connection.On<MuteChanged>("MuteChanged", overheard.Add);
        foreach (var client in new[] { loud, neighbour, farAway })
        {
            Assert.False((await client.EnterBoothAsync(Booth)).Muted);
        }

        var sanction = await (await organiser.SendAsync(HttpMethod.Post, "/api/moderation/sanctions", new
        {
            operationId = Guid.NewGuid().ToString(), kind = "mute", visitorId = loud.VisitorId, boothId = Booth, durationMinutes = 30, reason = "Flooding",
        })).JsonAsync();

        var muted = await heard.WaitForAsync(c => c.Muted);
        Assert.Equal((Booth, loud.VisitorId, "Flooding"), (muted.BoothId, muted.VisitorId, muted.Reason));
        Assert.NotNull(muted.Until);
        var again = await loud.EnterBoothAsync(Booth);
        Assert.True(again.Muted, "entering again while muted says so in the snapshot");
        Assert.Equal(("Flooding", muted.Until), (again.MuteReason, again.MutedUntil));

        var lift = await organiser.SendAsync(HttpMethod.Post, $"/api/moderation/sanctions/{sanction.GetProperty("id").GetString()}/lift",
            new { operationId = Guid.NewGuid().ToString(), reason = "Calmer now" });
        Assert.Equal(HttpStatusCode.NoContent, lift.StatusCode);

        var ended = await heard.WaitForAsync(c => !c.Muted);
        Assert.Equal((Booth, loud.VisitorId, (DateTimeOffset?)null), (ended.BoothId, ended.VisitorId, ended.Until));

        // Once the lifted visitor's next line has reached both others, anything meant for them would have too.
        var line = await loud.SendChatAsync(Booth, $"quieter now {Guid.NewGuid():N}");
        await neighbour.WaitForChatAsync(m => m.Sequence == line);
        await farAway.WaitForChatAsync(m => m.Sequence == line);
        Assert.Empty(overheard.Snapshot());
    }
}
