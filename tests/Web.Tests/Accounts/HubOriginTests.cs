using System.Net;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Expo.Web.Tests.Accounts;

/// <summary>The hub refuses what a browser marks as coming from another site, as /api does; the cookie alone is enough from the expo's own pages.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class HubOriginTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task ACrossSiteHubRequestIsRefusedAndTheSameSiteOneUsesTheCookie()
    {
        var lin = await AccountClient.RegisterAsync(cluster.WebA);

        var crossSite = await NegotiateAsync(lin.Http, "https://evil.example");
        var sameSite = await NegotiateAsync(lin.Http, "http://localhost");
        using var bearer = lin.Bearer(cluster.WebA);
        var noOrigin = await NegotiateAsync(bearer, null);
        var anonymous = await NegotiateAsync(cluster.WebA.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }), null);

        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sameSite.StatusCode);
        Assert.Equal(HttpStatusCode.OK, noOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static Task<HttpResponseMessage> NegotiateAsync(HttpClient http, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/expo/negotiate?negotiateVersion=1");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return http.SendAsync(request);
    }
}
