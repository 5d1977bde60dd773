using System.Net;
using Expo.Grains.Models;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.Capacity;

/// <summary>A capped booth over two Web nodes: the queue lives in the booth grain, and each node routes its own connections' news.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class BoothQueueTests(ExpoClusterFixture cluster)
{
    // A booth no other test of the collection enters; the tests of a collection run one at a time, and each clears the cap.
    private const string Booth = "ganzhou-zhangye-culture-tourism";

    [Fact]
    public async Task AVisitorQueuedOnOneNodeGetsInWhenAVisitorOnTheOtherLeavesAndTheLineMovesUp()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var inside = (await AccountClient.Anonymous(cluster.WebA).Http.GetJsonAsync($"/api/booths/{Booth}/capacity")).GetProperty("occupancy").GetInt32();
        await SetCapacityAsync(organiser, inside + 1);
        try
        {
            await using var ada = await ExpoHubClient.ConnectAsync(cluster.WebA, "Ada");
            await using var bo = await ExpoHubClient.ConnectAsync(cluster.WebB, "Bo");
            await using var cy = await ExpoHubClient.ConnectAsync(cluster.WebB, "Cy");
            var boAdmitted = new TaskCompletionSource<BoothSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
            bo.Connection.On<BoothSnapshot>("BoothAdmitted", s => boAdmitted.TrySetResult(s));
            var cyPlaces = new EventLog<QueuePosition>();
            cy.Connection.On<QueuePosition>("QueuePositionChanged", cyPlaces.Add);

            Assert.Null((await ada.EnterBoothAsync(Booth)).QueuePosition);
            var boEntry = await bo.EnterBoothAsync(Booth);
            var cyEntry = await cy.EnterBoothAsync(Booth);

            Assert.Equal((1, 1), (boEntry.QueuePosition, boEntry.QueueLength));
            Assert.Equal((2, 2), (cyEntry.QueuePosition, cyEntry.QueueLength));
            Assert.Empty(boEntry.Messages);
            var notYet = await Assert.ThrowsAsync<HubException>(() => bo.SendChatAsync(Booth, "not in yet"));
            Assert.Equal("invalid_input", notYet.Code());

            await ada.LeaveBoothAsync(Booth);

            var admitted = await boAdmitted.Task.WaitAsync(EventLog<BoothSnapshot>.Timeout);
            Assert.Null(admitted.QueuePosition);
            Assert.Contains(admitted.Visitors, v => v.VisitorId == bo.VisitorId);
            Assert.Equal(inside + 1, admitted.Occupancy);
            var moved = await cyPlaces.WaitForAsync(p => p.Position == 1);
            Assert.Equal((Booth, 1), (moved.BoothId, moved.QueueLength));

            // Inside now, on node B's group: Bo chats and hears his own line.
            var sequence = await bo.SendChatAsync(Booth, "in at last");
            Assert.Equal("in at last", (await bo.WaitForChatAsync(m => m.Sequence == sequence)).Text);
        }
        finally
        {
            await SetCapacityAsync(organiser, null);
        }
    }

    [Fact]
    public async Task AQueuedVisitorWhoReconnectsWithinTheLeaseKeepsTheirPlaceOnAnyNode()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var inside = (await AccountClient.Anonymous(cluster.WebA).Http.GetJsonAsync($"/api/booths/{Booth}/capacity")).GetProperty("occupancy").GetInt32();
        await SetCapacityAsync(organiser, inside + 1);
        try
        {
            await using var ada = await ExpoHubClient.ConnectAsync(cluster.WebA, "Ada");
            var boSession = await ExpoHubClient.StartGuestAsync(cluster.WebB.CreateClient(), "Bo");
            var bo = await ExpoHubClient.ConnectAsync(cluster.WebB, "Bo", boSession);
            await using var cy = await ExpoHubClient.ConnectAsync(cluster.WebA, "Cy");
            await ada.EnterBoothAsync(Booth);
            Assert.Equal(1, (await bo.EnterBoothAsync(Booth)).QueuePosition);
            Assert.Equal(2, (await cy.EnterBoothAsync(Booth)).QueuePosition);

            // Bo's connection drops without a goodbye; he comes back on the other node, with a new connection.
            await bo.DisposeAsync();
            await using var boAgain = await ExpoHubClient.ConnectAsync(cluster.WebA, "Bo", boSession);
            var back = await boAgain.EnterBoothAsync(Booth);

            Assert.Equal((1, 2), (back.QueuePosition, back.QueueLength));
            var capacity = await AccountClient.Anonymous(cluster.WebB).Http.GetJsonAsync($"/api/booths/{Booth}/capacity");
            Assert.Equal(2, capacity.GetProperty("queueLength").GetInt32());
        }
        finally
        {
            await SetCapacityAsync(organiser, null);
        }
    }

    private static async Task SetCapacityAsync(AccountClient actor, int? capacity) =>
        await (await actor.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/capacity", new { operationId = Guid.NewGuid().ToString("N"), capacity }))
            .JsonAsync();
}
