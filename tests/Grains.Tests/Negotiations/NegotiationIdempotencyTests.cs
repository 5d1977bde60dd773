using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Negotiations;

/// <summary>A command sent again with its operation id (after a timeout or a reconnect) returns the first receipt and applies nothing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class NegotiationIdempotencyTests(ClusterFixture fixture)
{
    public static TheoryData<string> Commands() =>
        ["request", "accept-request", "decline-request", "propose", "counter", "accept-terms", "reject-terms", "withdraw", "sign", "post-message"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task ARetriedCommandReturnsTheFirstReceiptAndAppliesNothingTwice(string command)
    {
        var deal = await Deal.NewAsync(fixture);
        var send = await PrepareAsync(deal, command);

        var first = await send();
        var after = await deal.Grain.GetAsync(deal.A.Member);
        await fixture.Cluster.DeactivateAsync(deal.Grain);
        var retried = await send();

        Assert.Equal(first, retried);
        Assert.Equivalent(after, await deal.Grain.GetAsync(deal.A.Member), strict: true);
    }

    [Fact]
    public async Task AnOperationIdUsedForAnotherCommandIsRefused()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OpenAsync();
        await deal.Grain.PostMessageAsync(deal.A.Member, "op-1", "first");

        var other = await Assert.ThrowsAsync<ExpoException>(() => deal.Grain.PostMessageAsync(deal.A.Member, "op-1", "second"));
        var otherUser = await Assert.ThrowsAsync<ExpoException>(() => deal.Grain.PostMessageAsync(deal.B.Member, "op-1", "first"));

        Assert.Equal(ExpoErrors.Conflict, other.Code);
        Assert.Equal(ExpoErrors.Conflict, otherUser.Code);
        Assert.Single(await deal.Grain.MessagesSinceAsync(deal.A.Member, 0));
    }

    /// <summary>Brings the deal to where the command is legal once; returns the command with a fixed operation id.</summary>
    private static async Task<Func<Task<NegotiationReceipt>>> PrepareAsync(Deal deal, string command)
    {
        var g = deal.Grain;
        var op = Deal.Op();
        switch (command)
        {
            case "request":
                var request = deal.Request();
                return () => g.RequestAsync(deal.A.Member, op, request);
            case "accept-request":
                await deal.RequestAsync();
                return () => g.AcceptRequestAsync(deal.B.Member, op);
            case "decline-request":
                await deal.RequestAsync();
                return () => g.DeclineRequestAsync(deal.B.Member, op, "Not this year");
            case "propose":
                await deal.OpenAsync();
                return () => g.ProposeAsync(deal.A.Member, op, 0, TestParty.Terms());
            case "post-message":
                await deal.OpenAsync();
                return () => g.PostMessageAsync(deal.B.Member, op, "Once only");
            case "withdraw":
                await deal.OpenAsync();
                return () => g.WithdrawAsync(deal.A.Member, op, "Changed plans");
        }

        await deal.OfferAsync();
        switch (command)
        {
            case "counter":
                return () => g.CounterAsync(deal.B.Member, op, 1, TestParty.Terms("Countered once."));
            case "accept-terms":
                return () => g.AcceptTermsAsync(deal.B.Member, op, 1);
            case "reject-terms":
                return () => g.RejectTermsAsync(deal.B.Member, op, 1, "Too dear");
        }

        var hash = await deal.AcceptAllAsync();
        await g.SignAsync(deal.B.Signatory, Deal.Op(), hash);
        return () => g.SignAsync(deal.A.Signatory, op, hash);
    }
}
