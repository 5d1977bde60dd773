using System.Net;
using System.Net.Http.Json;
using Expo.Grains.Models;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.Accounts;

[Collection(ExpoClusterCollection.Name)]
public sealed class InvitationFlowTests(ExpoClusterFixture cluster)
{
    private const string Booth = "zhangye-west-style-cultural-tourism";

    [Fact]
    public async Task AnInvitedOwnerRegistersEditsTheBoothAndVisitorsSeeTheNewProfile()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        Assert.Contains("organiser", organiser.Session.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var code = await organiser.InviteAsync(Booth, "owner");
        var offered = await AccountClient.Anonymous(cluster.WebB).Http.GetJsonAsync($"/api/invitations/{Uri.EscapeDataString(code)}");
        Assert.Equal((Booth, "owner"), (offered.GetProperty("boothId").GetString(), offered.GetProperty("role").GetString()));
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebB, "Watcher");
        var profileChanges = new TaskCompletionSource<BoothProfile>(TaskCreationOptions.RunContinuationsAsynchronously);
        visitor.Connection.On<BoothProfile>("BoothProfileChanged", p => profileChanges.TrySetResult(p));
        await visitor.EnterBoothAsync(Booth);

        var owner = await AccountClient.RegisterAsync(cluster.WebA, "Zhang Wei", invitation: code);
        var saved = await (await owner.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/profile", AccountClient.ProfileEdit("West Style Culture House", "西风文化馆"))).JsonAsync();

        Assert.Equal(["visitor", "exhibitor"], owner.Session.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("owner", owner.Session.GetProperty("booths")[0].GetProperty("role").GetString());
        Assert.Equal("West Style Culture House", saved.GetProperty("name").GetProperty("en").GetString());
        var seen = await AccountClient.Anonymous(cluster.WebA).Http.GetJsonAsync($"/api/booths/{Booth}");
        Assert.Equal("西风文化馆", seen.GetProperty("name").GetProperty("zh").GetString());
        Assert.Equal("Asia/Shanghai", seen.GetProperty("openingHours").GetProperty("timeZone").GetString());
        Assert.Equal("Stories of the Silk Road", seen.GetProperty("tagline").GetProperty("en").GetString());
        var pushed = await profileChanges.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("West Style Culture House", pushed.Name.En);
        var snapshot = await visitor.EnterBoothAsync(Booth);
        Assert.Equal("West Style Culture House", snapshot.Booth.Name.En);
    }

    [Fact]
    public async Task AnOwnerInvitesAMemberWhoAcceptsSignedInAndLosesTheBoothWhenRemoved()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await AccountClient.RegisterAsync(cluster.WebA, invitation: await organiser.InviteAsync(Booth, "owner"));
        var member = await AccountClient.RegisterAsync(cluster.WebB, "Member");

        await member.AcceptAsync(await owner.InviteAsync(Booth, "member"));

        Assert.Equal("member", member.Session.GetProperty("booths")[0].GetProperty("role").GetString());
        var staff = await owner.Http.GetJsonAsync($"/api/booths/{Booth}/staff");
        Assert.Contains(staff.EnumerateArray(), s => s.GetProperty("visitorId").GetString() == member.VisitorId && s.GetProperty("role").GetString() == "member");

        var removed = await owner.SendAsync(HttpMethod.Delete, $"/api/booths/{Booth}/staff/{member.VisitorId}?operationId={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);

        // The member's session carried the booth: it ended with the role, and the next sign-in carries none.
        var before = await member.Http.GetStringAsync($"/api/booths/{Booth}");
        var edit = await member.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/profile", AccountClient.ProfileEdit("Stale claim"));
        await edit.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(before, await member.Http.GetStringAsync($"/api/booths/{Booth}"));
        var again = await AccountClient.SignInAsync(cluster.WebB, member.Email, AccountClient.Password);
        Assert.Empty((await again.MeAsync()).GetProperty("booths").EnumerateArray());
    }

    [Fact]
    public async Task AnOwnerSeesPendingInvitationsWithoutCodesAndAWithdrawnCodeIsRefusedOnTheOtherNode()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await AccountClient.RegisterAsync(cluster.WebA, "Owner", invitation: await organiser.InviteAsync(Booth, "owner"));
        var member = await AccountClient.RegisterAsync(cluster.WebB, "Member", invitation: await owner.InviteAsync(Booth, "member"));
        var code = await owner.InviteAsync(Booth, "member");

        var pending = await owner.Http.GetJsonAsync($"/api/booths/{Booth}/invitations");
        var listed = Assert.Single(pending.EnumerateArray(), p => p.GetProperty("createdBy").GetString() == owner.VisitorId);
        var id = listed.GetProperty("id").GetString()!;
        Assert.Equal(("member", "Owner"), (listed.GetProperty("role").GetString(), listed.GetProperty("createdByName").GetString()));
        Assert.DoesNotContain(code.Split('.')[1], pending.ToString());
        await (await member.Http.GetAsync($"/api/booths/{Booth}/invitations")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var byMember = await member.SendAsync(HttpMethod.Delete, $"/api/booths/{Booth}/invitations/{id}?operationId={Guid.NewGuid()}");
        await byMember.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");

        var withdrawn = await owner.SendAsync(HttpMethod.Delete, $"/api/booths/{Booth}/invitations/{id}?operationId={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        var check = await AccountClient.Anonymous(cluster.WebB).Http.GetAsync($"/api/invitations/{Uri.EscapeDataString(code)}");
        await check.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
        var latecomer = await AccountClient.RegisterAsync(cluster.WebB, "Latecomer");
        var accept = await latecomer.SendAsync(HttpMethod.Post, "/api/invitations/accept", new { code });
        await accept.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
        Assert.DoesNotContain((await owner.Http.GetJsonAsync($"/api/booths/{Booth}/invitations")).EnumerateArray(), p => p.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task AUsedOrMadeUpCodeIsRefusedAndRegisteringWithItCreatesNoAccount()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var code = await organiser.InviteAsync(Booth, "owner");
        await AccountClient.RegisterAsync(cluster.WebA, invitation: code);
        var email = AccountClient.NewEmail();
        var http = AccountClient.Anonymous(cluster.WebA).Http;

        var reused = await http.PostAsJsonAsync("/api/auth/register", new { email, password = AccountClient.Password, displayName = "Late", language = "en", invitation = code });
        var madeUp = await http.GetAsync($"/api/invitations/{Booth}.00000000000000000000000000000000");

        await reused.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
        await madeUp.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
        var signIn = await http.PostAsJsonAsync("/api/auth/sign-in", new { email, password = AccountClient.Password });
        await signIn.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task AGuestCannotAcceptAnInvitation()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var code = await organiser.InviteAsync(Booth, "owner");
        var guest = await AccountClient.GuestAsync(cluster.WebA);

        var response = await guest.SendAsync(HttpMethod.Post, "/api/invitations/accept", new { code });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.OK, (await AccountClient.Anonymous(cluster.WebA).Http.GetAsync($"/api/invitations/{Uri.EscapeDataString(code)}")).StatusCode);
    }
}
