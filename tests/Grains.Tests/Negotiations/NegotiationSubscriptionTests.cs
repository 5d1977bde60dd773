using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Negotiations;

/// <summary>What Web nodes hear from negotiations and inboxes they subscribe to, and the booth as a negotiating party.</summary>
[Collection(ClusterCollection.Name)]
public sealed class NegotiationSubscriptionTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ASubscribedNodeHearsEveryStoredChangeAndChatLineOnceAndNothingForARepeat()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OpenAsync();
        var listener = new NegotiationListener(fixture.Client);
        await deal.Grain.SubscribeAsync(listener.NodeId, listener.Negotiations);
        var op = Deal.Op();

        var offered = await deal.Grain.ProposeAsync(deal.A.Member, op, 0, TestParty.Terms());
        await deal.Grain.ProposeAsync(deal.A.Member, op, 0, TestParty.Terms());
        var posted = await deal.Grain.PostMessageAsync(deal.B.Member, Deal.Op(), "Looks good.");

        var change = await listener.NextChangeAsync();
        Assert.Equal((deal.Id, NegotiationStatus.Offered, offered.Revision, 1), (change.NegotiationId, change.Status, change.Revision, change.Version));
        var line = await listener.NextMessageAsync();
        Assert.Equal((posted.MessageSequence, "Looks good.", deal.B.Member), (line.Sequence, line.Text, line.SenderId));
        await deal.Grain.UnsubscribeAsync(listener.NodeId);
        var rejected = await deal.Grain.RejectTermsAsync(deal.B.Member, Deal.Op(), 1, null);
        await deal.Grain.SubscribeAsync(listener.NodeId, listener.Negotiations);
        await deal.Grain.WithdrawAsync(deal.A.Member, Deal.Op(), null);
        var next = await listener.NextChangeAsync();
        Assert.Equal(NegotiationStatus.Withdrawn, next.Status);
        Assert.True(next.Revision > rejected.Revision);
    }

    [Fact]
    public async Task AnInboxTellsItsSubscribersTheBadgeAndListsEveryNegotiationOfItsUser()
    {
        var deal = await Deal.NewAsync(fixture);
        var inbox = fixture.Client.GetGrain<IInboxGrain>(deal.B.Member);
        var listener = new NegotiationListener(fixture.Client);
        await inbox.SubscribeAsync(listener.NodeId, listener.Inboxes);

        await deal.RequestAsync();
        var change = await listener.NextInboxAsync();
        await inbox.MarkReadAsync(deal.Id);
        var read = await listener.NextInboxAsync();

        Assert.Equal((deal.B.Member, deal.Id, 1), (change.UserId, change.NegotiationId, change.Unread));
        Assert.Equal((0L, 0), (read.Revision, read.Unread));
        Assert.Equal([deal.Id], await fixture.Client.GetGrain<IInboxGrain>(deal.A.Member).GetNegotiationIdsAsync());
        Assert.Empty((await fixture.Client.GetGrain<IInboxGrain>(deal.A.Member).GetAsync()).Items);
    }

    [Fact]
    public async Task ABoothNegotiatesWithItsStaffAsMembersAndItsOwnersAsSignatories()
    {
        var staffing = await Staffing.CreateAsync(fixture);
        var refused = await Assert.ThrowsAsync<ExpoException>(() => staffing.Staff.GetNegotiationPartyAsync());
        var owner = await staffing.OwnerAsync();
        var member = await staffing.MemberAsync(owner);

        var party = await staffing.Staff.GetNegotiationPartyAsync();

        Assert.Equal(ExpoErrors.Conflict, refused.Code);
        Assert.Equal(staffing.BoothId, party.PartyId);
        Assert.Equal(new[] { owner.VisitorId, member.VisitorId }.Order(StringComparer.Ordinal), party.Members.Order(StringComparer.Ordinal));
        Assert.Equal([owner.VisitorId], party.Signatories);
    }
}
