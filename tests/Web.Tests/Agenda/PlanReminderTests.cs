using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.Agenda;

/// <summary>
/// A visitor's plan over HTTP, and its reminder reaching the visitor's connections on both Web nodes, once, from the
/// silo's durable reminder (real clock: the session starts just over the default ten-minute lead from now).
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class PlanReminderTests(ExpoClusterFixture cluster)
{
    private static readonly TimeSpan Lead = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task APlannedSessionsReminderReachesTheVisitorOnEveryNodeOnce()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var sessionId = await AgendaRequests.CreateAsync(organiser, DateTimeOffset.UtcNow + Lead + TimeSpan.FromSeconds(3), "Reminder test");
        var guest = await AccountClient.GuestAsync(cluster.WebA);
        await using var onA = await ExpoHubClient.ConnectAsync(cluster.WebA, "Guest", guest.HubSession());
        await using var onB = await ExpoHubClient.ConnectAsync(cluster.WebB, "Guest", guest.HubSession());
        var reminders = new EventLog<(string Node, JsonElement Reminder)>();
        using var fromA = onA.Connection.On<JsonElement>("SessionReminder", r => reminders.Add(("A", r)));
        using var fromB = onB.Connection.On<JsonElement>("SessionReminder", r => reminders.Add(("B", r)));

        var added = await guest.SendAsync(HttpMethod.Put, $"/api/me/plan/{sessionId}", new { operationId = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal([sessionId], (await added.Content.ReadFromJsonAsync<string[]>())!);

        var onNodeA = await reminders.WaitForAsync(r => r.Node == "A");
        var onNodeB = await reminders.WaitForAsync(r => r.Node == "B");
        Assert.Equal(sessionId, onNodeA.Reminder.GetProperty("sessionId").GetString());
        Assert.Equal(sessionId, onNodeB.Reminder.GetProperty("sessionId").GetString());
        Assert.Equal("Reminder test", onNodeA.Reminder.GetProperty("title").GetProperty("en").GetString());
        Assert.Equal(guest.VisitorId, onNodeB.Reminder.GetProperty("visitorId").GetString());

        // A reminder is recorded before it is sent, so planning the session again does not remind again: the next
        // reminder either connection hears is the one of a second session, planned afterwards.
        await guest.SendAsync(HttpMethod.Delete, $"/api/me/plan/{sessionId}?operationId={Guid.NewGuid()}");
        await guest.SendAsync(HttpMethod.Put, $"/api/me/plan/{sessionId}", new { operationId = Guid.NewGuid().ToString() });
        var next = await AgendaRequests.CreateAsync(organiser, DateTimeOffset.UtcNow + Lead + TimeSpan.FromSeconds(1), "Second reminder");
        await guest.SendAsync(HttpMethod.Put, $"/api/me/plan/{next}", new { operationId = Guid.NewGuid().ToString() });
        await reminders.WaitForAsync(r => r.Reminder.GetProperty("sessionId").GetString() == next);
        Assert.Equal(2, reminders.Snapshot().Count(r => r.Reminder.GetProperty("sessionId").GetString() == sessionId));
    }

    [Fact]
    public async Task ThePlanRefusesUnknownSessionsAndAnonymousCallers()
    {
        var guest = await AccountClient.GuestAsync(cluster.WebB);

        var unknown = await guest.SendAsync(HttpMethod.Put, "/api/me/plan/no-such-session", new { operationId = Guid.NewGuid().ToString() });
        var noOperation = await guest.SendAsync(HttpMethod.Put, "/api/me/plan/opening-ceremony", new { });
        var anonymous = await AccountClient.Anonymous(cluster.WebB).Http.GetAsync("/api/me/plan");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized), (unknown.StatusCode, noOperation.StatusCode, anonymous.StatusCode));
        Assert.Empty((await guest.Http.GetFromJsonAsync<string[]>("/api/me/plan"))!);
    }
}
