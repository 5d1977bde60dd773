using Expo.Grains.Tests.BoothCatalogue;
using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Staff;

/// <summary>
/// Rights live in the booth's staff grain and nowhere else: once removal returns, the removed member can do nothing a
/// member could, in any grain beside the booth or in the booth itself, and the booth no longer counts them as staff.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StaffRemovalTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ARemovedMemberLosesEveryRightAtOnce()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var member = await world.MemberAsync(owner);
        var memberRef = new VisitorRef(member.VisitorId, member.DisplayName);
        var visitor = await world.RegisterAsync("Lin");
        var visitorRef = new VisitorRef(visitor.VisitorId, "Lin");
        var leads = fixture.Client.GetGrain<IBoothLeadsGrain>(world.BoothId);
        var catalogue = fixture.Client.GetGrain<IBoothCatalogueGrain>(world.BoothId);
        var meetings = fixture.Client.GetGrain<IBoothMeetingsGrain>(world.BoothId);
        var start = fixture.Time.GetUtcNow().AddDays(1);
        await world.Booth.EnterAsync("c-member", memberRef);
        await world.Booth.EnterAsync("c-visitor", visitorRef);
        await leads.ShareAsync(visitorRef, "op-lead", new LeadShare(LeadRules.Chat, true, "en", "Hello", null, null));
        var line = await world.Booth.SendChatAsync(visitorRef, "m-1", "hello");
        var remaining = await world.Booth.SendChatAsync(visitorRef, "m-2", "hello again");

        // While on the staff, the member may do each of these (so each refusal below is the removal's doing).
        await world.Staff.UpdateProfileAsync(member.VisitorId, "op-p1", Staffing.Edit());
        await leads.AnnotateAsync(member.VisitorId, "op-a1", visitor.VisitorId, 3, null);
        var item = await catalogue.SaveItemAsync(member.VisitorId, "op-c1", null, CatalogueItems.Tea());
        var slot = await meetings.PublishAsync(memberRef, "op-s1", world.ExpoId, start, 30);
        await world.Booth.RemoveChatMessageAsync(member.VisitorId, line.Sequence);
        Assert.Equal(2, (await world.Booth.GetAttendeesAsync(member.VisitorId)).Count);
        Assert.Contains(member.VisitorId, (await world.Booth.GetStaffOnlineAsync()).Select(v => v.VisitorId));

        await world.Staff.RemoveStaffAsync(owner.VisitorId, "op-remove", member.VisitorId);

        Assert.All(
            await Task.WhenAll(
                Refusal(() => world.Staff.UpdateProfileAsync(member.VisitorId, "op-p2", Staffing.Edit("Taken over"))),
                Refusal(() => leads.GetLeadsAsync(member.VisitorId)),
                Refusal(() => leads.AnnotateAsync(member.VisitorId, "op-a2", visitor.VisitorId, 1, "gone")),
                Refusal(() => catalogue.SaveItemAsync(member.VisitorId, "op-c2", item.Id, CatalogueItems.Tea("Taken over"))),
                Refusal(() => catalogue.DeleteItemAsync(member.VisitorId, "op-c3", item.Id)),
                Refusal(() => meetings.PublishAsync(memberRef, "op-s2", world.ExpoId, start.AddHours(2), 30)),
                Refusal(() => meetings.WithdrawAsync(member.VisitorId, slot.Id)),
                Refusal(() => world.Booth.RemoveChatMessageAsync(member.VisitorId, remaining.Sequence)),
                Refusal(() => world.Booth.GetAttendeesAsync(member.VisitorId)),
                Refusal(() => world.Booth.InviteToChatAsync(member.VisitorId, visitor.VisitorId))),
            code => Assert.Equal(ExpoErrors.Forbidden, code));

        // The booth heard of the removal before it returned: no staff badge, not among the staff inside.
        Assert.Null((await world.Booth.SendChatAsync(memberRef, "m-3", "still here")).SenderRole);
        Assert.Empty(await world.Booth.GetStaffOnlineAsync());
        Assert.Equal("Edited booth", (await world.Booth.GetProfileAsync())!.Name.En);
    }

    private static async Task<string> Refusal(Func<Task> action) => (await Assert.ThrowsAsync<ExpoException>(action)).Code;
}
