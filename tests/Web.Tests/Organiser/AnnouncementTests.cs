using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.Organiser;

/// <summary>An organiser's announcement reaches visitors on every node at once, latecomers read it, nobody else may publish.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class AnnouncementTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task AnAnnouncementPublishedOnOneNodeReachesAVisitorOnTheOtherAndLatecomersReadIt()
    {
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebB, "Listener");
        var received = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        var marker = $"Ceremony {Guid.NewGuid():N}";
        using var subscription = visitor.Connection.On<JsonElement>("AnnouncementsChanged", board =>
        {
            if (board.GetProperty("announcements").EnumerateArray().Any(a => a.GetProperty("text").GetProperty("en").GetString() == marker))
            {
                received.TrySetResult(board);
            }
        });
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);

        var response = await organiser.SendAsync(HttpMethod.Post, "/api/organiser/announcements",
            new { operationId = Guid.NewGuid().ToString(), text = new { en = marker, zh = "签约仪式即将开始" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var pushed = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var expoWide = Assert.Single(pushed.GetProperty("announcements").EnumerateArray(), a => a.GetProperty("pavilionId").ValueKind == JsonValueKind.Null);
        Assert.Equal("签约仪式即将开始", expoWide.GetProperty("text").GetProperty("zh").GetString());

        var latecomer = await cluster.WebB.CreateClient().GetFromJsonAsync<JsonElement>("/api/announcements");
        Assert.Contains(latecomer.GetProperty("announcements").EnumerateArray(), a => a.GetProperty("text").GetProperty("en").GetString() == marker);
        Assert.True(latecomer.GetProperty("version").GetInt64() >= pushed.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task OnlyOrganisersPublishOrWithdrawAndBadInputChangesNothing()
    {
        var before = await cluster.WebA.CreateClient().GetFromJsonAsync<JsonElement>("/api/announcements");
        var body = new { operationId = Guid.NewGuid().ToString(), text = new { en = "Free tea", zh = "免费茶" } };
        var anonymous = AccountClient.Anonymous(cluster.WebA);
        var guest = await AccountClient.GuestAsync(cluster.WebA);
        var registered = await AccountClient.RegisterAsync(cluster.WebA);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(HttpMethod.Post, "/api/organiser/announcements", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await guest.SendAsync(HttpMethod.Post, "/api/organiser/announcements", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await registered.SendAsync(HttpMethod.Post, "/api/organiser/announcements", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await registered.SendAsync(HttpMethod.Delete, $"/api/organiser/announcements?operationId={Guid.NewGuid()}")).StatusCode);

        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var missingChinese = await organiser.SendAsync(HttpMethod.Post, "/api/organiser/announcements",
            new { operationId = Guid.NewGuid().ToString(), text = new { en = "English only", zh = "" } });
        Assert.Equal(HttpStatusCode.BadRequest, missingChinese.StatusCode);
        Assert.Equal("invalid_input", (await missingChinese.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var unknownPavilion = await organiser.SendAsync(HttpMethod.Post, "/api/organiser/announcements",
            new { operationId = Guid.NewGuid().ToString(), text = new { en = "Hello", zh = "你好" }, pavilionId = "atlantis" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownPavilion.StatusCode);

        var after = await cluster.WebA.CreateClient().GetFromJsonAsync<JsonElement>("/api/announcements");
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
    }
}
