using System.Net;
using Expo.Grains.Models;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.SelfService;

[Collection(ExpoClusterCollection.Name)]
public sealed class StaffPresenceHttpTests(ExpoClusterFixture cluster)
{
    private const string Booth = "shaanxi-travel-agency-association-library-school-committee";

    [Fact]
    public async Task StaffSeeAVisitorArriveWithTheirOrganisationAndInviteThemToChatAcrossNodes()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await AccountClient.RegisterAsync(cluster.WebA, "Owner Wang", await organiser.InviteAsync(Booth, "owner"));
        var visitor = await AccountClient.RegisterAsync(cluster.WebB, "Amina");
        await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/cards",
            new { operationId = "c1", consent = true, card = new { name = "Amina Karimova", organisation = "Samarkand Crafts" } })).JsonAsync();
        await using var staffHub = await ExpoHubClient.ConnectAsync(cluster.WebA, "Owner Wang", owner.HubSession());
        await using var visitorHub = await ExpoHubClient.ConnectAsync(cluster.WebB, "Amina", visitor.HubSession());
        var invited = new TaskCompletionSource<ChatInvitation>(TaskCreationOptions.RunContinuationsAsynchronously);
        visitorHub.Connection.On<ChatInvitation>("ChatInvitation", i => invited.TrySetResult(i));

        await staffHub.EnterBoothAsync(Booth);
        await visitorHub.EnterBoothAsync(Booth);
        await staffHub.WaitForPresenceAsync(p => p.Joined.Any(v => v.VisitorId == visitor.VisitorId));

        var online = await AccountClient.Anonymous(cluster.WebB).Http.GetJsonAsync($"/api/booths/{Booth}/staff-online");
        Assert.Contains(online.EnumerateArray(), s => s.GetProperty("visitorId").GetString() == owner.VisitorId);
        var attendees = await owner.Http.GetJsonAsync($"/api/booths/{Booth}/attendees");
        var amina = Assert.Single(attendees.EnumerateArray(), a => a.GetProperty("visitorId").GetString() == visitor.VisitorId);
        Assert.Equal("Samarkand Crafts", amina.GetProperty("organisation").GetString());
        Assert.False(amina.GetProperty("staff").GetBoolean());
        Assert.True(amina.GetProperty("stayedSeconds").GetInt64() >= 0);

        await (await owner.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/chat-invitations", new { visitorId = visitor.VisitorId })).JsonAsync();

        var invitation = await invited.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((Booth, "Owner Wang"), (invitation.BoothId, invitation.StaffName));
        await (await visitor.Http.GetAsync($"/api/booths/{Booth}/attendees")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/chat-invitations", new { visitorId = owner.VisitorId }))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await visitor.Http.GetAsync($"/api/booths/{Booth}/analytics")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");

        // The booth hands visits to its statistics one-way, when it announces the presence change.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await owner.Http.GetJsonAsync($"/api/booths/{Booth}/analytics")).GetProperty("total").GetProperty("visits").GetInt64() < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "The two arrivals were not counted within 10 s.");
            await Task.Delay(50);
        }
    }
}
