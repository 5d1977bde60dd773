using System.Net.Http.Json;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.Agenda;

/// <summary>The live Q&amp;A over the hub on two Web nodes: questions and votes reach everyone with the session open, in vote order.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class QnaHubTests(ExpoClusterFixture cluster)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AQuestionAskedOnNodeAAppearsOnNodeBInOrderOfVotes()
    {
        var sessionId = await AgendaRequests.CreateAsync(await AccountClient.OrganiserAsync(cluster.WebA), DateTimeOffset.UtcNow.AddHours(1));
        await using var ada = await ExpoHubClient.ConnectAsync(cluster.WebA, "Ada");
        await using var bo = await ExpoHubClient.ConnectAsync(cluster.WebB, "Bo");
        await using var cy = await ExpoHubClient.ConnectAsync(cluster.WebB, "Cy");
        using var onA = await QnaView.OpenAsync(ada, sessionId);
        using var onB = await QnaView.OpenAsync(bo, sessionId);
        using var alsoOnB = await QnaView.OpenAsync(cy, sessionId);

        var first = await onA.AskAsync("How do the seven cities share tourists?");
        var second = await alsoOnB.AskAsync("Which sports events are planned?");
        await onA.VoteAsync(second);
        await onB.VoteAsync(second);
        var repeated = await onB.VoteAsync(second);
        await onB.VoteAsync(first);
        await onB.VoteAsync(first, vote: false);

        IReadOnlyList<(string, int)> expected = [("Which sports events are planned?", 2), ("How do the seven cities share tourists?", 0)];
        await Eventually.WaitAsync("node B's list in vote order", () => onB.Ordered().SequenceEqual(expected), Patience, () => string.Join(", ", onB.Ordered()));
        await Eventually.WaitAsync("node A's list in vote order", () => onA.Ordered().SequenceEqual(expected), Patience, () => string.Join(", ", onA.Ordered()));
        Assert.Equal(2, repeated.GetProperty("votes").GetInt32());
        var board = await bo.Connection.InvokeAsync<JsonElement>("OpenSession", sessionId);
        Assert.Equal([second], board.GetProperty("qna").GetProperty("myVotes").EnumerateArray().Select(v => v.GetString()));
        var read = await cluster.WebA.CreateClient().GetFromJsonAsync<JsonElement>($"/api/agenda/sessions/{sessionId}/questions");
        Assert.Equal([second, first], read.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task QuestionsAreRateLimitedPerConnectionAndBadOnesAreRefused()
    {
        var sessionId = await AgendaRequests.CreateAsync(await AccountClient.OrganiserAsync(cluster.WebA), DateTimeOffset.UtcNow.AddHours(1));
        await using var ada = await ExpoHubClient.ConnectAsync(cluster.WebA, "Ada");
        using var view = await QnaView.OpenAsync(ada, sessionId);

        var empty = await Assert.ThrowsAsync<HubException>(() => view.AskAsync("   "));
        var tooLong = await Assert.ThrowsAsync<HubException>(() => view.AskAsync(new string('x', 301)));
        var unknown = await Assert.ThrowsAsync<HubException>(() => ada.Connection.InvokeAsync<JsonElement>("OpenSession", "no-such-session"));
        HubException? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            try
            {
                await view.AskAsync($"Question {i}");
            }
            catch (HubException error)
            {
                limited = error;
            }
        }

        Assert.Equal(("invalid_input", "invalid_input", "not_found"), (empty.Code(), tooLong.Code(), unknown.Code()));
        Assert.NotNull(limited);
        Assert.Equal("rate_limited", limited.Code());
        var board = await cluster.WebB.CreateClient().GetFromJsonAsync<JsonElement>($"/api/agenda/sessions/{sessionId}/questions");
        Assert.Equal(3, board.GetProperty("questions").GetArrayLength());
    }

    [Fact]
    public async Task OnlyTheSessionsSpeakersAndOrganisersModerateAndAHiddenQuestionLeavesEveryList()
    {
        var sessionId = await AgendaRequests.CreateAsync(await AccountClient.OrganiserAsync(cluster.WebA), DateTimeOffset.UtcNow.AddHours(1));
        await using var ada = await ExpoHubClient.ConnectAsync(cluster.WebA, "Ada");
        await using var watcher = await ExpoHubClient.ConnectAsync(cluster.WebB, "Watcher");
        var organiserAccount = await AccountClient.OrganiserAsync(cluster.WebB);
        await using var organiser = await ExpoHubClient.ConnectAsync(cluster.WebB, "Organiser", organiserAccount.HubSession());
        using var asked = await QnaView.OpenAsync(ada, sessionId);
        using var watching = await QnaView.OpenAsync(watcher, sessionId);
        var question = await asked.AskAsync("Spam spam spam");
        await Eventually.WaitAsync("the question on node B", () => watching.Ordered().Count == 1, Patience);

        var refused = await Assert.ThrowsAsync<HubException>(
            () => ada.Connection.InvokeAsync<JsonElement>("ModerateQuestion", sessionId, Guid.NewGuid().ToString(), question, "hidden"));
        await organiser.Connection.InvokeAsync<JsonElement>("ModerateQuestion", sessionId, Guid.NewGuid().ToString(), question, "hidden");

        Assert.Equal("forbidden", refused.Code());
        await Eventually.WaitAsync("the hidden question gone on node B", () => watching.Ordered().Count == 0, Patience);
    }
}
