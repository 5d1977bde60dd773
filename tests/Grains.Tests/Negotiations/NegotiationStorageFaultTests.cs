using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Negotiations;

/// <summary>A write that fails is not acknowledged; the retry with the same operation id applies the command once.</summary>
[Collection(ClusterCollection.Name)]
public sealed class NegotiationStorageFaultTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFailedWriteIsReportedAsUnavailableAndTheRetryAppliesTheOfferOnce(bool writeLanded)
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OpenAsync();
        StorageFaults.FailNextWrites(deal.Id, 1, writeLanded);

        var failure = await Assert.ThrowsAsync<ExpoException>(() => deal.Grain.ProposeAsync(deal.A.Member, "offer-1", 0, TestParty.Terms()));
        var retried = await Retry(() => deal.Grain.ProposeAsync(deal.A.Member, "offer-1", 0, TestParty.Terms()));

        Assert.Equal(ExpoErrors.Unavailable, failure.Code);
        Assert.Equal((NegotiationStatus.Offered, 1), (retried.Status, retried.Version));
        var view = await deal.Grain.GetAsync(deal.B.Member);
        Assert.Single(view.Versions);
        Assert.Equal(retried, await deal.Grain.ProposeAsync(deal.A.Member, "offer-1", 0, TestParty.Terms()));
        Assert.Equal(NegotiationStatus.Agreed, (await deal.Grain.AcceptTermsAsync(deal.B.Member, Deal.Op(), 1)).Status);
    }

    [Fact]
    public async Task ChatLinesSentThroughFailedWritesAreStoredOnceEachInOrder()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OpenAsync();

        StorageFaults.FailNextWrites(deal.Id, 2, afterWrite: true);
        var first = await Retry(() => deal.Grain.PostMessageAsync(deal.A.Member, "m-1", "one"));
        StorageFaults.FailNextWrites(deal.Id, 1, afterWrite: false);
        var second = await Retry(() => deal.Grain.PostMessageAsync(deal.B.Member, "m-2", "two"));

        Assert.Equal([1L, 2L], [first.MessageSequence, second.MessageSequence]);
        Assert.Equal(["one", "two"], (await deal.Grain.MessagesSinceAsync(deal.A.Member, 0)).Select(m => m.Text));
    }

    [Fact]
    public async Task AFailedWriteOfTheLastSignatureSignsOnceAndPutsOneAgreementOnTheWall()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OfferAsync();
        var hash = await deal.AcceptAllAsync();
        await deal.Grain.SignAsync(deal.A.Signatory, Deal.Op(), hash);
        StorageFaults.FailNextWrites(deal.Id, 1, afterWrite: true);

        await Assert.ThrowsAsync<ExpoException>(() => deal.Grain.SignAsync(deal.B.Signatory, "sign-b", hash));
        var signed = await Retry(() => deal.Grain.SignAsync(deal.B.Signatory, "sign-b", hash));

        Assert.Equal(NegotiationStatus.Signed, signed.Status);
        var wall = await Eventually.WaitAsync("the agreement on the wall", deal.Wall.GetAgreementsAsync, a => a.Count > 0);
        Assert.Equal(deal.Id, Assert.Single(wall).Id);
        Assert.Equal(2, (await deal.Grain.GetAsync(deal.A.Member)).Signatures.Count);
    }

    private static async Task<NegotiationReceipt> Retry(Func<Task<NegotiationReceipt>> send)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                return await send();
            }
            catch (ExpoException exception) when (exception.Code == ExpoErrors.Unavailable && DateTime.UtcNow < deadline)
            {
                // The negotiation reloads from storage once its failed activation is gone; the same operation id is safe to send.
                await Task.Delay(50);
            }
        }
    }
}
