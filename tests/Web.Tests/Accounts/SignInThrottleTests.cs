using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Expo.Web.Tests.Accounts;

/// <summary>
/// Wrong passwords slow down the address they come from, not the account: the owner signing in from elsewhere is never
/// locked out. The in-memory test server has no client address, so this node takes it from a test-only header.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class SignInThrottleTests(ExpoClusterFixture cluster)
{
    private const string AddressHeader = "X-Test-Client-Address";

    [Fact]
    public async Task AGuesserAtOneAddressWaitsWithRetryAfterWhileTheOwnerSignsInFromAnother()
    {
        await using var node = cluster.WebA.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ClientAddressFromHeader())));
        var lin = await AccountClient.RegisterAsync(cluster.WebA);
        using var guesser = From(node, "198.51.100.9");
        using var owner = From(node, "203.0.113.7");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.PostAsJsonAsync("/api/auth/sign-in", new { email = lin.Email, password = $"guess {i}" })).StatusCode);
        }

        var waiting = await guesser.PostAsJsonAsync("/api/auth/sign-in", new { email = lin.Email, password = AccountClient.Password });
        var signedIn = await owner.PostAsJsonAsync("/api/auth/sign-in", new { email = lin.Email, password = AccountClient.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, waiting.StatusCode);
        Assert.Equal("rate_limited", (await waiting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.True(waiting.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    private static HttpClient From(WebApplicationFactory<Program> node, string address)
    {
        var http = node.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        http.DefaultRequestHeaders.Add(AddressHeader, address);
        return http;
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
