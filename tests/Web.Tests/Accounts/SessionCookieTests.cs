using System.Net;
using System.Net.Http.Json;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Expo.Web.Tests.Accounts;

/// <summary>Over HTTPS the session cookie is <c>__Host-</c> prefixed and <c>Secure</c>; over plain HTTP (local runs) it keeps its bare name.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class SessionCookieTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task OverHttpsTheSessionCookieIsHostPrefixedAndSecureAndStillWorks()
    {
        using var https = cluster.WebA.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        using var http = cluster.WebA.CreateClient();

        var secure = await https.PostAsJsonAsync("/api/auth/guest", new { displayName = "Lin", language = "en" });
        var plain = await http.PostAsJsonAsync("/api/auth/guest", new { displayName = "Lin", language = "en" });

        var secureCookie = Assert.Single(secure.Headers.GetValues("Set-Cookie"), c => c.Contains("expo.session="));
        Assert.StartsWith("__Host-expo.session=", secureCookie);
        Assert.Contains("secure", secureCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", secureCookie, StringComparison.OrdinalIgnoreCase);
        var plainCookie = Assert.Single(plain.Headers.GetValues("Set-Cookie"), c => c.Contains("expo.session="));
        Assert.StartsWith("expo.session=", plainCookie);
        Assert.Equal(HttpStatusCode.OK, (await https.GetAsync("/api/auth/me")).StatusCode);
    }
}
