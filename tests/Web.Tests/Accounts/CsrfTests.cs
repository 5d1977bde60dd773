using System.Net;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Accounts;

/// <summary>Cookie sessions need the anti-forgery token for state-changing requests; nothing else may stand in for it.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class CsrfTests(ExpoClusterFixture cluster)
{
    private const string Booth = "journey-to-the-west-cultural-research-association";

    [Fact]
    public async Task ACookieRequestWithoutTheTokenIsRefusedAndChangesNothing()
    {
        var owner = await OwnerAsync();
        var before = await owner.Http.GetStringAsync($"/api/booths/{Booth}");

        var edit = await owner.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/profile", AccountClient.ProfileEdit("Forged name"), withCsrf: false);
        var signOut = await owner.SendAsync(HttpMethod.Post, "/api/auth/sign-out", withCsrf: false);

        await edit.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await signOut.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(before, await owner.Http.GetStringAsync($"/api/booths/{Booth}"));
        Assert.Equal(HttpStatusCode.OK, (await owner.Http.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task AnotherSessionsTokenIsRefused()
    {
        var owner = await OwnerAsync();
        var other = await AccountClient.RegisterAsync(cluster.WebA);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-out");
        request.Headers.Add("X-CSRF-TOKEN", other.CsrfToken);

        var response = await owner.Http.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.OK, (await owner.Http.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task ARequestFromAnotherSiteIsRefusedEvenWithTheToken()
    {
        var owner = await OwnerAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-out");
        request.Headers.Add("X-CSRF-TOKEN", owner.CsrfToken);
        request.Headers.Add("Origin", "https://evil.example");

        var response = await owner.Http.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.OK, (await owner.Http.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task TheTokenFromTheAntiforgeryEndpointAndABearerTokenBothWork()
    {
        var owner = await OwnerAsync();
        var fresh = await owner.Http.GetJsonAsync("/api/auth/antiforgery");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/booths/{Booth}/profile") { Content = System.Net.Http.Json.JsonContent.Create(AccountClient.ProfileEdit("Journey to the West Society")) };
        request.Headers.Add(fresh.GetProperty("headerName").GetString()!, fresh.GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.OK, (await owner.Http.SendAsync(request)).StatusCode);
        var bearer = await owner.Bearer(cluster.WebA).PostAsync("/api/auth/sign-out", null);
        Assert.Equal(HttpStatusCode.NoContent, bearer.StatusCode);
    }

    private async Task<AccountClient> OwnerAsync()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        return await AccountClient.RegisterAsync(cluster.WebA, invitation: await organiser.InviteAsync(Booth, "owner"));
    }
}
