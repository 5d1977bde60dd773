using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Negotiations;

/// <summary>What waits for a user's party shows in their inbox, unread until seen, and goes once answered.</summary>
[Collection(ClusterCollection.Name)]
public sealed class InboxTests(ClusterFixture fixture)
{
    private IInboxGrain Inbox(string userId) => fixture.Client.GetGrain<IInboxGrain>(userId);

    [Fact]
    public async Task AnOfferWaitsUnreadForEveryMemberOfTheAnsweringPartyUntilItIsAnswered()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OfferAsync();

        var forB = await Inbox(deal.B.Member).GetAsync();
        Assert.Equal(1, forB.Unread);
        var item = Assert.Single(forB.Items);
        Assert.Equal((deal.Id, InboxKinds.Offer, 1, deal.B.Id, true), (item.NegotiationId, item.Kind, item.Version, item.PartyId, item.Unread));
        Assert.Equal(1, (await Inbox(deal.B.Signatory).GetAsync()).Unread);
        Assert.Empty((await Inbox(deal.A.Member).GetAsync()).Items);

        Assert.Equal(0, (await Inbox(deal.B.Member).MarkReadAsync(deal.Id)).Unread);
        Assert.Equal(0, (await Inbox(deal.B.Member).GetAsync()).Unread);

        await deal.Grain.CounterAsync(deal.B.Signatory, Deal.Op(), 1, TestParty.Terms("B's counter."));

        Assert.Empty((await Inbox(deal.B.Member).GetAsync()).Items);
        var forA = await Inbox(deal.A.Member).GetAsync();
        Assert.Equal((1, InboxKinds.Offer, 2), (forA.Unread, forA.Items[0].Kind, forA.Items[0].Version));
    }

    [Fact]
    public async Task ARequestWaitsForTheInvitedPartyAndSignatureRequestsForSignatoriesOnly()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.RequestAsync();
        Assert.Equal(InboxKinds.Request, Assert.Single((await Inbox(deal.B.Member).GetAsync()).Items).Kind);

        await deal.Grain.AcceptRequestAsync(deal.B.Member, Deal.Op());
        await deal.Grain.ProposeAsync(deal.A.Member, Deal.Op(), 0, TestParty.Terms());
        var hash = await deal.AcceptAllAsync();

        Assert.Equal(InboxKinds.Signature, Assert.Single((await Inbox(deal.A.Signatory).GetAsync()).Items).Kind);
        Assert.Equal(InboxKinds.Signature, Assert.Single((await Inbox(deal.B.Signatory).GetAsync()).Items).Kind);
        Assert.Empty((await Inbox(deal.A.Member).GetAsync()).Items);

        await deal.Grain.SignAsync(deal.A.Signatory, Deal.Op(), hash);
        Assert.Empty((await Inbox(deal.A.Signatory).GetAsync()).Items);
        Assert.Single((await Inbox(deal.B.Signatory).GetAsync()).Items);
    }

    [Fact]
    public async Task AnUpdateOlderThanOneAppliedIsIgnored()
    {
        var inbox = Inbox(TestKeys.New("u"));
        var item = new InboxItem("n-1", "expo", InboxKinds.Offer, "Tours", "org:b", 1, fixture.Time.GetUtcNow());

        await inbox.UpdateAsync("n-1", 5, null);
        await inbox.UpdateAsync("n-1", 4, item);
        Assert.Empty((await inbox.GetAsync()).Items);

        await inbox.UpdateAsync("n-1", 6, item);
        await inbox.UpdateAsync("n-1", 6, null);
        Assert.Equal(1, (await inbox.GetAsync()).Unread);
    }
}
