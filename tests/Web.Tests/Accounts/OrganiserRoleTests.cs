using System.Net;
using System.Net.Http.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Accounts;

/// <summary>Organisers grant and revoke the role (audited); a revocation ends the revoked organiser's session; the setup code is no way in once an organiser exists.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class OrganiserRoleTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task RevokingAnOrganiserEndsTheirSessionAndTheNextSignInCarriesNoRole()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var ada = await AccountClient.RegisterAsync(cluster.WebA, "Ada");
        await SessionRevocationTests.JsonOf(await organiser.SendAsync(HttpMethod.Post, "/api/organisers", new { email = ada.Email }));
        var promoted = await AccountClient.SignInAsync(cluster.WebB, ada.Email, AccountClient.Password);
        using var promotedBearer = promoted.Bearer(cluster.WebA);
        Assert.Equal(HttpStatusCode.OK, (await promotedBearer.GetAsync("/api/organisers")).StatusCode);

        var roster = await SessionRevocationTests.JsonOf(await organiser.SendAsync(HttpMethod.Delete, $"/api/organisers/{ada.VisitorId}"));

        await SessionRevocationTests.RefusedWithinAsync(promotedBearer, "/api/organisers");
        await SessionRevocationTests.RefusedWithinAsync(promoted.Http, "/api/organisers");
        var again = await AccountClient.SignInAsync(cluster.WebB, ada.Email, AccountClient.Password);
        Assert.DoesNotContain("organiser", again.Session.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await again.Http.GetAsync("/api/organisers")).StatusCode);
        var latest = roster.GetProperty("changes")[0];
        Assert.Equal(("revoked", organiser.VisitorId, ada.VisitorId), (latest.GetProperty("action").GetString(), latest.GetProperty("actorId").GetString(), latest.GetProperty("visitorId").GetString()));
        Assert.DoesNotContain(ada.VisitorId, roster.GetProperty("organisers").EnumerateArray().Select(o => o.GetProperty("visitorId").GetString()));
    }

    [Fact]
    public async Task AStrangerCannotClaimTheOrganiserRoleWithASetupCodeOnceAnOrganiserExists()
    {
        var stranger = AccountClient.Anonymous(cluster.WebB);
        var email = AccountClient.NewEmail();

        var refused = await stranger.SendAsync(HttpMethod.Post, "/api/auth/setup-organiser", new
        {
            code = "ABCDE-FGHJK-MNPQR-STUVW", email, password = AccountClient.Password, displayName = "Eve",
        });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.Http.PostAsJsonAsync("/api/auth/sign-in", new { email, password = AccountClient.Password })).StatusCode);
    }

    [Fact]
    public async Task OnlyOrganisersGrantTheRole()
    {
        var visitor = await AccountClient.RegisterAsync(cluster.WebA);

        var refused = await visitor.SendAsync(HttpMethod.Post, "/api/organisers", new { email = visitor.Email });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
