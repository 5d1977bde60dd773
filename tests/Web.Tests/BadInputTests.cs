using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Tests;

[Collection(ExpoClusterCollection.Name)]
public sealed class BadInputTests(ExpoClusterFixture cluster)
{
    private const string Booth = "yushang-loulan-muslim-restaurant";

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("tab\tin the middle")]
    [InlineData("bell\u0007")]
    [InlineData("a name that is far too long to be shown anywhere on a badge")]
    public async Task ABadDisplayNameIsRefusedWithProblemDetails(string displayName)
    {
        var response = await cluster.WebA.CreateClient().PostAsJsonAsync("/api/auth/guest", new { displayName, language = "en" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_input", problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("expo.session")));
    }

    [Fact]
    public async Task AnUnknownLanguageIsRefused()
    {
        var response = await cluster.WebA.CreateClient().PostAsJsonAsync("/api/auth/guest", new { displayName = "Ana", language = "fr" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EnteringAnUnknownBoothIsRefusedWithBoothNotFound()
    {
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebA, "Lost");
        var error = await Assert.ThrowsAsync<HubException>(() => visitor.EnterBoothAsync("no-such-booth"));
        Assert.Equal("booth_not_found", error.Code());

        var invalid = await Assert.ThrowsAsync<HubException>(() => visitor.EnterBoothAsync("Not A Slug!"));
        Assert.Equal("invalid_input", invalid.Code());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null\u0000byte")]
    [InlineData("escape\u001b[31m")]
    public async Task BadChatTextIsRefusedAndNothingIsStored(string text)
    {
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebA, "Careless");
        var snapshot = await visitor.EnterBoothAsync(Booth);

        var error = await Assert.ThrowsAsync<HubException>(() => visitor.SendChatAsync(Booth, text));

        Assert.Equal("invalid_input", error.Code());
        Assert.Empty(await visitor.ChatSinceAsync(Booth, snapshot.LastSequence));
    }

    [Fact]
    public async Task ChatTextOfTwoThousandCharactersIsStoredAndOneMoreIsRefused()
    {
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebA, "Verbose");
        var snapshot = await visitor.EnterBoothAsync(Booth);

        var error = await Assert.ThrowsAsync<HubException>(() => visitor.SendChatAsync(Booth, new string('长', 2001)));
        Assert.Equal("invalid_input", error.Code());
        var sequence = await visitor.SendChatAsync(Booth, new string('长', 2000));

        var stored = await visitor.ChatSinceAsync(Booth, snapshot.LastSequence);
        Assert.Equal([sequence], stored.Select(m => m.Sequence));
        Assert.Equal(2000, stored[0].Text.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("an-id-that-is-much-longer-than-the-sixty-four-characters-the-protocol-allows")]
    public async Task ABadClientMessageIdIsRefused(string clientMessageId)
    {
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebA, "Sloppy");
        var snapshot = await visitor.EnterBoothAsync(Booth);
        var error = await Assert.ThrowsAsync<HubException>(() => visitor.SendChatAsync(Booth, "hello", clientMessageId));
        Assert.Equal("invalid_input", error.Code());
        Assert.Empty(await visitor.ChatSinceAsync(Booth, snapshot.LastSequence));
    }

    [Fact]
    public async Task ChattingWithoutEnteringTheBoothIsRefused()
    {
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebA, "Outsider");
        var error = await Assert.ThrowsAsync<HubException>(() => visitor.SendChatAsync(Booth, "let me in"));
        Assert.Equal("invalid_input", error.Code());
    }

    [Fact]
    public async Task ANegativeChatSinceIsRefused()
    {
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebA, "Negative");
        var error = await Assert.ThrowsAsync<HubException>(() => visitor.ChatSinceAsync(Booth, -1));
        Assert.Equal("invalid_input", error.Code());
    }

    [Fact]
    public async Task TheHubRefusesAConnectionWithoutASession()
    {
        using var http = cluster.WebA.CreateClient();
        var response = await http.PostAsync("/hubs/expo/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        var forged = await http.PostAsync("/hubs/expo/negotiate?negotiateVersion=1&access_token=forged", null);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }
}
