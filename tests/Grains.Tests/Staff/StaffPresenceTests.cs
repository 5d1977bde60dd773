using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Staff;

[Collection(ClusterCollection.Name)]
public sealed class StaffPresenceTests(ClusterFixture fixture)
{
    [Fact]
    public async Task EveryoneSeesWhichStaffAreInTheBoothAndStaffSeeWhoIsInItSinceWhen()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var visitor = await world.RegisterAsync("Amina");
        var listener = await fixture.ListenAsync(world.Booth);
        var arrived = fixture.Time.GetUtcNow();
        await world.Booth.EnterAsync("c-owner", new VisitorRef(owner.VisitorId, "Owner"));
        await world.Booth.EnterAsync("c-visitor", new VisitorRef(visitor.VisitorId, "Amina"));
        await listener.PresenceUntilJoinedAsync([new VisitorRef(owner.VisitorId, "Owner"), new VisitorRef(visitor.VisitorId, "Amina")]);
        fixture.Time.Advance(TimeSpan.FromSeconds(1));

        var online = await world.Booth.GetStaffOnlineAsync();
        var attendees = await world.Booth.GetAttendeesAsync(owner.VisitorId);

        Assert.Equal([owner.VisitorId], online.Select(v => v.VisitorId));
        Assert.Equal([(owner.VisitorId, true), (visitor.VisitorId, false)],
            attendees.Select(a => (a.VisitorId, a.Staff)).OrderBy(a => a.Staff ? 0 : 1));
        Assert.All(attendees, a => Assert.Equal(arrived, a.Since));
        Assert.Equal(ExpoErrors.Forbidden, (await Assert.ThrowsAsync<ExpoException>(() => world.Booth.GetAttendeesAsync(visitor.VisitorId))).Code);
        Assert.Equal(ExpoErrors.Forbidden, (await Assert.ThrowsAsync<ExpoException>(() => world.Booth.GetAttendeesAsync(world.Organiser.VisitorId))).Code);

        await world.Booth.LeaveAsync("c-owner");
        await Eventually.WaitAsync("the owner has left", () => world.Booth.GetStaffOnlineAsync(), v => v.Count == 0);
    }

    [Fact]
    public async Task StaffInviteAVisitorInTheBoothToChatAndNobodyElseCan()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var visitor = TestKeys.Visitor("Amina");
        var absent = TestKeys.Visitor("Nobody");
        var listener = await fixture.ListenAsync(world.Booth);
        await world.Booth.EnterAsync("c-visitor", visitor);

        var invitation = await world.Booth.InviteToChatAsync(owner.VisitorId, visitor.VisitorId);

        Assert.Equal(invitation, await listener.NextInvitationAsync());
        Assert.Equal((visitor.VisitorId, "Owner"), (invitation.VisitorId, invitation.StaffName));
        Assert.Equal(ExpoErrors.NotFound, (await Assert.ThrowsAsync<ExpoException>(() => world.Booth.InviteToChatAsync(owner.VisitorId, absent.VisitorId))).Code);
        Assert.Equal(ExpoErrors.Forbidden, (await Assert.ThrowsAsync<ExpoException>(() => world.Booth.InviteToChatAsync(visitor.VisitorId, visitor.VisitorId))).Code);
    }

    [Fact]
    public async Task TheAnalyticsCountVisitsUniqueVisitorsStaysChatAndDownloadsPerHour()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var analytics = fixture.Client.GetGrain<IBoothAnalyticsGrain>(world.BoothId);
        var ada = TestKeys.Visitor("Ada");
        var lin = TestKeys.Visitor("Lin");
        var listener = await fixture.ListenAsync(world.Booth);

        await world.Booth.EnterAsync("c1", ada);
        await world.Booth.EnterAsync("c2", lin);
        await listener.PresenceUntilJoinedAsync([ada, lin]);
        // Less than a lease, so nobody drops out for want of a renewal.
        fixture.Time.Advance(TimeSpan.FromSeconds(20));
        await world.Booth.LeaveAsync("c1");
        await Eventually.WaitAsync("Ada's stay is counted", () => analytics.GetAsync(owner.VisitorId), a => a.Total.Stays == 1);
        await world.Booth.EnterAsync("c3", ada);
        await analytics.RecordChatAsync(1);
        await analytics.RecordChatAsync(1);
        await analytics.RecordDownloadAsync();

        var counted = await Eventually.WaitAsync("the return and the chat are counted", () => analytics.GetAsync(owner.VisitorId),
            a => a.Total.Visits == 3 && a.Total.ChatMessages == 2 && a.Total.Downloads == 1);

        Assert.Equal(2, counted.Total.UniqueVisitors);
        Assert.Equal(1, counted.Total.Stays);
        Assert.Equal(20, counted.Total.AverageStaySeconds);
        Assert.Equal(counted.Total.Visits, counted.Hours.Sum(h => h.Visits));
        Assert.All(counted.Hours, h => Assert.Equal(0, h.Hour!.Value.Minute));
        Assert.Equal(ExpoErrors.Forbidden, (await Assert.ThrowsAsync<ExpoException>(() => analytics.GetAsync(ada.VisitorId))).Code);
    }
}
