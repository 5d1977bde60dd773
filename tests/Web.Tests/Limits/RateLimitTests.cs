using System.Net;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using N = Expo.Web.Tests.Limits.LimitedWebNode;

namespace Expo.Web.Tests.Limits;

/// <summary>
/// Floods hold per user and per client address, with <c>429</c>, <c>Retry-After</c> and <c>code: rate_limited</c>,
/// while others go on unaffected; the hub's chat limit follows the visitor, not the connection.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class RateLimitTests(N node) : IClassFixture<N>
{
    [Fact]
    public async Task GuestSessionsAreLimitedPerAddressAndOtherAddressesGoOn()
    {
        var flooder = N.NewAddress();
        for (var i = 0; i < N.SessionsPerAddress; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await node.StartGuestAsync(flooder)).StatusCode);
        }

        await AssertLimitedAsync(await node.StartGuestAsync(flooder));
        Assert.Equal(HttpStatusCode.OK, (await node.StartGuestAsync(N.NewAddress())).StatusCode);
    }

    [Fact]
    public async Task SignInIsLimitedPerAddressAndPerUser()
    {
        var flooder = N.NewAddress();
        for (var i = 0; i < N.SessionsPerAddress; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(flooder)).StatusCode);
        }

        await AssertLimitedAsync(await SignInAsync(flooder));

        // A signed-in visitor trying passwords from a fresh address each time is counted as one.
        var guest = await node.GuestAsync();
        for (var i = 0; i < N.SessionsPerUser; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(N.NewAddress(), guest.Token)).StatusCode);
        }

        await AssertLimitedAsync(await SignInAsync(N.NewAddress(), guest.Token));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(N.NewAddress())).StatusCode);
    }

    [Fact]
    public async Task WritesAreLimitedPerUserAcrossAddresses()
    {
        var (flooder, neighbour) = (await node.GuestAsync(), await node.GuestAsync());
        var shared = N.NewAddress();
        for (var i = 0; i < N.WritesPerUser; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await node.FavouriteAsync(flooder, N.NewAddress())).StatusCode);
        }

        await AssertLimitedAsync(await node.FavouriteAsync(flooder, shared));
        Assert.Equal(HttpStatusCode.OK, (await node.FavouriteAsync(neighbour, shared)).StatusCode);
    }

    [Fact]
    public async Task WritesAreLimitedPerAddressAcrossUsers()
    {
        var guests = new[] { await node.GuestAsync(), await node.GuestAsync(), await node.GuestAsync() };
        var office = N.NewAddress();
        for (var i = 0; i < N.WritesPerAddress; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await node.FavouriteAsync(guests[i % guests.Length], office)).StatusCode);
        }

        // Each guest has writes of their own left, but the address has none; elsewhere they go on.
        await AssertLimitedAsync(await node.FavouriteAsync(guests[2], office));
        Assert.Equal(HttpStatusCode.OK, (await node.FavouriteAsync(guests[0], N.NewAddress())).StatusCode);
    }

    [Fact]
    public async Task ANewHubConnectionDoesNotResetTheChatLimitAndOthersKeepChatting()
    {
        var (flooder, talker) = (await node.GuestAsync(), await node.GuestAsync());
        await using (var first = await ExpoHubClient.ConnectAsync(node.Address, flooder))
        {
            await first.EnterBoothAsync(N.Booth);
            for (var i = 0; i < N.ChatBurst; i++)
            {
                await first.SendChatAsync(N.Booth, $"flood {i}");
            }

            await AssertChatLimitedAsync(first);
        }

        await using var second = await ExpoHubClient.ConnectAsync(node.Address, flooder);
        await second.EnterBoothAsync(N.Booth);
        await AssertChatLimitedAsync(second);

        await using var other = await ExpoHubClient.ConnectAsync(node.Address, talker);
        await other.EnterBoothAsync(N.Booth);
        Assert.True(await other.SendChatAsync(N.Booth, "still here") > 0);
    }

    [Fact]
    public async Task MetricsAnswerOnlyTheAllowedNetworks()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await node.SendAsync(HttpMethod.Get, "/metrics", null, "203.0.113.9")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await node.SendAsync(HttpMethod.Get, "/metrics", null, "192.0.2.7")).StatusCode);
    }

    private Task<HttpResponseMessage> SignInAsync(string from, string? token = null) =>
        node.SendAsync(HttpMethod.Post, "/api/auth/sign-in", new { email = AccountClient.NewEmail(), password = "not the password" }, from, token);

    private static async Task AssertLimitedAsync(HttpResponseMessage response)
    {
        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "A refusal says when to try again.");
    }

    private static async Task AssertChatLimitedAsync(ExpoHubClient client)
    {
        var refused = await Assert.ThrowsAsync<HubException>(() => client.SendChatAsync(N.Booth, "one more"));
        Assert.Equal("rate_limited", refused.Code());
        Assert.Contains("Try again in", refused.Message);
    }
}
