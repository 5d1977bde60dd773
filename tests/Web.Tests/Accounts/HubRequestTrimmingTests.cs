using System.Security.Claims;
using Expo.Web.Auth;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Expo.Web.Tests.Accounts;

/// <summary>What an open hub connection's request still holds once it has been let in.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class HubRequestTrimmingTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task AnOpenConnectionKeepsItsVisitorAndSessionButNotItsTokenOrTicket()
    {
        var seen = new ConnectedRequests();
        await using var node = cluster.WebA.WithWebHostBuilder(b => b.ConfigureServices(s => s.Configure<HubOptions>(o => o.AddFilter(seen))));
        var session = await ExpoHubClient.StartGuestAsync(node.CreateClient(), "Trimmed");
        var server = node.Server;
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "hubs/expo"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = server.CreateWebSocketClient();
                    client.ConfigureRequest = r => r.Headers.Authorization = $"Bearer {session.Token}";
                    return await client.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .Build();
        await connection.StartAsync();

        var http = await seen.First.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(session.VisitorId, http.User.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal("Trimmed", http.User.FindFirstValue(ClaimTypes.Name));
        Assert.NotNull(SessionClaims.SessionIdOf(http.User));
        Assert.True(http.User.Identity?.IsAuthenticated);
        Assert.Equal(0, http.Request.Headers.Authorization.Count);
        Assert.Null(http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult);
    }

    private sealed class ConnectedRequests : IHubFilter
    {
        public TaskCompletionSource<HttpContext> First { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
        {
            await next(context);
            First.TrySetResult(context.Context.GetHttpContext()!);
        }
    }
}
