using System.Net;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Accounts;

/// <summary>Every privileged HTTP operation, tried by everyone who may not do it: refused with the right code, nothing changed.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class WrongRoleHttpTests(ExpoClusterFixture cluster)
{
    private const string Booth = "yanan-literature-and-art-society";
    private const string OtherBooth = "fujian-chamber-of-commerce-sri-lanka";

    public static TheoryData<string, string> Refusals()
    {
        var data = new TheoryData<string, string>();
        foreach (var actor in new[] { "anonymous", "guest", "visitor", "other-booth-owner" })
        {
            foreach (var operation in new[] { "edit-profile", "invite-owner", "invite-member", "read-staff", "remove-member", "remove-owner" })
            {
                data.Add(operation, actor);
            }
        }

        data.Add("invite-owner", "owner");
        data.Add("invite-owner", "member");
        data.Add("invite-member", "member");
        data.Add("remove-member", "member");
        data.Add("remove-owner", "member");
        data.Add("remove-owner", "owner");
        data.Add("edit-profile", "organiser");
        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task APrivilegedRequestByTheWrongRoleIsRefusedAndChangesNothing(string operation, string actor)
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await AccountClient.RegisterAsync(cluster.WebA, "Owner", await organiser.InviteAsync(Booth, "owner"));
        var member = await AccountClient.RegisterAsync(cluster.WebA, "Member", await owner.InviteAsync(Booth, "member"));
        var caller = actor switch
        {
            "anonymous" => AccountClient.Anonymous(cluster.WebB),
            "guest" => await AccountClient.GuestAsync(cluster.WebB),
            "visitor" => await AccountClient.RegisterAsync(cluster.WebB),
            "other-booth-owner" => await AccountClient.RegisterAsync(cluster.WebB, invitation: await organiser.InviteAsync(OtherBooth, "owner")),
            "owner" => owner,
            "member" => member,
            _ => organiser,
        };
        var profileBefore = await organiser.Http.GetStringAsync($"/api/booths/{Booth}");
        var staffBefore = await organiser.Http.GetStringAsync($"/api/booths/{Booth}/staff");

        var response = operation switch
        {
            "edit-profile" => await caller.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/profile", AccountClient.ProfileEdit("Taken over")),
            "invite-owner" => await caller.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/invitations", new { operationId = "op", role = "owner" }),
            "invite-member" => await caller.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/invitations", new { operationId = "op", role = "member" }),
            "read-staff" => await caller.Http.GetAsync($"/api/booths/{Booth}/staff"),
            "remove-member" => await caller.SendAsync(HttpMethod.Delete, $"/api/booths/{Booth}/staff/{member.VisitorId}?operationId=op"),
            _ => await caller.SendAsync(HttpMethod.Delete, $"/api/booths/{Booth}/staff/{owner.VisitorId}?operationId=op"),
        };

        if (actor == "anonymous")
        {
            await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        }
        else
        {
            await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        }

        Assert.Equal(profileBefore, await organiser.Http.GetStringAsync($"/api/booths/{Booth}"));
        Assert.Equal(staffBefore, await organiser.Http.GetStringAsync($"/api/booths/{Booth}/staff"));
    }
}
