using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Expo.Grains.Models;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.Moderation;

/// <summary>Moderation over HTTP and the hub, across both Web nodes: removals, mutes and bans reach every node at once.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class ModerationTests(ExpoClusterFixture cluster)
{
    private const string Booth = "fujian-runpu-culture-media";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AMessageRemovedOnOneNodeDisappearsForAVisitorOnTheOtherAndFromHistory()
    {
        var owner = await OwnerAsync();
        await using var author = await ExpoHubClient.ConnectAsync(cluster.WebB, "Author");
        await using var reader = await ExpoHubClient.ConnectAsync(cluster.WebB, "Reader");
        var removals = new EventLog<ChatMessageRemoved>();
        reader.Connection.On<ChatMessageRemoved>("ChatMessageRemoved", removals.Add);
        await author.EnterBoothAsync(Booth);
        await reader.EnterBoothAsync(Booth);
        var kept = await author.SendChatAsync(Booth, $"kept {Guid.NewGuid():N}");
        var rude = await author.SendChatAsync(Booth, $"rude {Guid.NewGuid():N}");
        await reader.WaitForChatAsync(m => m.Sequence == rude);

        var entry = await (await owner.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/messages/{rude}/removal",
            new { operationId = Guid.NewGuid().ToString(), reason = "Insults" })).JsonAsync();

        Assert.Equal(new ChatMessageRemoved(Booth, rude), await removals.WaitForAsync(r => r.Sequence == rude));
        Assert.Equal("remove-message", entry.GetProperty("action").GetString());
        Assert.Equal(author.VisitorId, entry.GetProperty("targetId").GetString());
        var history = await reader.ChatSinceAsync(Booth, kept - 1);
        Assert.Contains(kept, history.Select(m => m.Sequence));
        Assert.DoesNotContain(rude, history.Select(m => m.Sequence));
        await using var latecomer = await ExpoHubClient.ConnectAsync(cluster.WebA, "Latecomer");
        Assert.DoesNotContain(rude, (await latecomer.EnterBoothAsync(Booth)).Messages.Select(m => m.Sequence));
    }

    [Fact]
    public async Task ABanOnOneNodeRemovesAVisitorConnectedToTheOtherAndRefusesReentry()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        await using var banned = await ExpoHubClient.ConnectAsync(cluster.WebB, "Troll");
        await using var watcher = await ExpoHubClient.ConnectAsync(cluster.WebA, "Watcher");
        var removedEvents = new EventLog<RemovedFromBooth>();
        banned.Connection.On<RemovedFromBooth>("RemovedFromBooth", removedEvents.Add);
        await watcher.EnterBoothAsync(Booth);
        await banned.EnterBoothAsync(Booth);
        await watcher.WaitForPresenceAsync(p => p.Joined.Any(v => v.VisitorId == banned.VisitorId));

        var sanction = await (await organiser.SendAsync(HttpMethod.Post, "/api/moderation/sanctions", new
        {
            operationId = Guid.NewGuid().ToString(), kind = "ban", visitorId = banned.VisitorId, boothId = Booth, durationMinutes = 60, reason = "Scam links",
        })).JsonAsync();

        var removed = await removedEvents.WaitForAsync(r => r.BoothId == Booth);
        Assert.Equal(("Scam links", false), (removed.Reason, removed.ExpoWide));
        await watcher.WaitForPresenceAsync(p => p.Left.Any(v => v.VisitorId == banned.VisitorId));
        var reentry = await Assert.ThrowsAsync<HubException>(() => banned.EnterBoothAsync(Booth));
        Assert.Equal("banned", reentry.Code());
        var chat = await Assert.ThrowsAsync<HubException>(() => banned.SendChatAsync(Booth, "let me back"));
        Assert.Equal("invalid_input", chat.Code());
        Assert.DoesNotContain(watcher.Chat, m => m.SenderId == banned.VisitorId);

        var lift = await organiser.SendAsync(HttpMethod.Post, $"/api/moderation/sanctions/{sanction.GetProperty("id").GetString()}/lift",
            new { operationId = Guid.NewGuid().ToString(), reason = "Appeal accepted" });
        Assert.Equal(HttpStatusCode.NoContent, lift.StatusCode);
        await banned.EnterBoothAsync(Booth);
    }

    [Fact]
    public async Task AMutedVisitorsChatIsRefusedWithTheMutedCodeOnEitherNode()
    {
        var owner = await OwnerAsync();
        await using var muted = await ExpoHubClient.ConnectAsync(cluster.WebB, "Loud");
        await muted.EnterBoothAsync(Booth);
        var before = await muted.SendChatAsync(Booth, "first");

        await (await owner.SendAsync(HttpMethod.Post, "/api/moderation/sanctions", new
        {
            operationId = Guid.NewGuid().ToString(), kind = "mute", visitorId = muted.VisitorId, visitorName = "Loud", boothId = Booth, reason = "Flooding",
        })).JsonAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => muted.SendChatAsync(Booth, "second"));
        Assert.Equal("muted", refused.Code());
        Assert.Contains("Flooding", refused.Message);
        Assert.DoesNotContain(await muted.ChatSinceAsync(Booth, before), m => m.SenderId == muted.VisitorId);
        var sanctions = await owner.Http.GetJsonAsync($"/api/moderation/sanctions?boothId={Booth}");
        Assert.Contains(sanctions.EnumerateArray(), s => s.GetProperty("visitorId").GetString() == muted.VisitorId);
    }

    [Fact]
    public async Task WrongRolesAreRefusedAndChangeNothing()
    {
        await using var author = await ExpoHubClient.ConnectAsync(cluster.WebA, "Author");
        await author.EnterBoothAsync(Booth);
        var line = await author.SendChatAsync(Booth, $"line {Guid.NewGuid():N}");
        var guest = await AccountClient.GuestAsync(cluster.WebB);
        var visitor = await AccountClient.RegisterAsync(cluster.WebB);
        var owner = await OwnerAsync();
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var auditBefore = (await organiser.Http.GetJsonAsync("/api/organiser/moderation/audit")).GetProperty("total").GetInt32();
        object Ban(string? boothId) => new { operationId = Guid.NewGuid().ToString(), kind = "ban", visitorId = author.VisitorId, boothId, reason = "No" };
        var removal = new { operationId = Guid.NewGuid().ToString(), reason = "No" };

        await (await guest.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/messages/{line}/removal", removal)).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await visitor.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/messages/{line}/removal", removal)).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await visitor.SendAsync(HttpMethod.Post, "/api/moderation/sanctions", Ban(Booth))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await owner.SendAsync(HttpMethod.Post, "/api/moderation/sanctions", Ban(null))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await owner.SendAsync(HttpMethod.Post, "/api/moderation/sanctions", Ban("kung-fu-animation"))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.Http.GetAsync("/api/organiser/moderation/audit")).StatusCode);
        await (await organiser.SendAsync(HttpMethod.Post, "/api/moderation/sanctions",
            new { operationId = Guid.NewGuid().ToString(), kind = "ban", visitorId = author.VisitorId, reason = "" })).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
        await (await organiser.SendAsync(HttpMethod.Post, "/api/moderation/sanctions",
            new { operationId = Guid.NewGuid().ToString(), kind = "mute", visitorId = organiser.VisitorId, reason = "Test" })).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");

        Assert.Contains(line, (await author.ChatSinceAsync(Booth, line - 1)).Select(m => m.Sequence));
        Assert.Equal(line + 1, await author.SendChatAsync(Booth, "still allowed"));
        Assert.Equal(auditBefore, (await organiser.Http.GetJsonAsync("/api/organiser/moderation/audit")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AReportedLineShowsUpForTheBoothsStaffAndActingOnItResolvesIt()
    {
        var owner = await OwnerAsync();
        await using var author = await ExpoHubClient.ConnectAsync(cluster.WebA, "Seller");
        await author.EnterBoothAsync(Booth);
        var line = await author.SendChatAsync(Booth, $"cheap watches {Guid.NewGuid():N}");
        var reporter = await AccountClient.GuestAsync(cluster.WebB);
        var body = new { operationId = Guid.NewGuid().ToString(), sequence = line, category = "spam", text = "Advertising" };

        var receipt = await (await reporter.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/reports", body)).JsonAsync();
        var again = await (await reporter.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/reports", body with { operationId = Guid.NewGuid().ToString() })).JsonAsync();
        var reportId = receipt.GetProperty("reportId").GetString()!;
        Assert.Equal(reportId, again.GetProperty("reportId").GetString());
        var open = await owner.Http.GetJsonAsync($"/api/moderation/reports?boothId={Booth}");
        var report = Assert.Single(open.EnumerateArray(), r => r.GetProperty("id").GetString() == reportId);
        Assert.Equal(1, report.GetProperty("entries").GetArrayLength());

        await (await owner.SendAsync(HttpMethod.Post, "/api/moderation/sanctions", new
        {
            operationId = Guid.NewGuid().ToString(), kind = "mute", visitorId = author.VisitorId, boothId = Booth, durationMinutes = 30, reason = "Spam", reportId,
        })).JsonAsync();

        var after = await owner.Http.GetJsonAsync($"/api/moderation/reports?boothId={Booth}&status=all");
        var resolved = Assert.Single(after.EnumerateArray(), r => r.GetProperty("id").GetString() == reportId);
        Assert.Equal("actioned", resolved.GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheAuditLogExportsAsCsvWithTheSameEntriesAsItsJson()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var marker = $"=reason, \"quoted\" {Guid.NewGuid():N}";
        await using var target = await ExpoHubClient.ConnectAsync(cluster.WebB, "Target");
        await (await organiser.SendAsync(HttpMethod.Post, "/api/moderation/sanctions", new
        {
            operationId = Guid.NewGuid().ToString(), kind = "mute", visitorId = target.VisitorId, visitorName = "Target", durationMinutes = 5, reason = marker,
        })).JsonAsync();

        var json = await organiser.Http.GetJsonAsync("/api/organiser/moderation/audit?take=200");
        var response = await organiser.Http.GetAsync("/api/organiser/moderation/audit.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Rfc4180.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["id", "at", "actorId", "actorName", "action", "targetId", "targetName", "boothId", "reason", "detail", "reportId", "sanctionId"], rows[0]);
        var entry = json.GetProperty("entries").EnumerateArray().First(e => e.GetProperty("reason").GetString() == marker);
        var row = Assert.Single(rows.Skip(1), r => r[0] == entry.GetProperty("id").GetString());
        Assert.Equal("'" + marker, row[8]);
        Assert.Equal(("mute", target.VisitorId, "Target", ""), (row[4], row[5], row[6], row[7]));
        Assert.Equal(entry.GetProperty("actorName").GetString(), row[3]);
        Assert.Equal(json.GetProperty("total").GetInt32(), rows.Count - 1);
    }

    private async Task<AccountClient> OwnerAsync()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var code = await organiser.InviteAsync(Booth, "owner");
        return await AccountClient.RegisterAsync(cluster.WebA, "Booth Owner", invitation: code);
    }
}
