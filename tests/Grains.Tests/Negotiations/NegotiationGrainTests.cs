using System.Security.Cryptography;
using System.Text;
using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Negotiations;

[Collection(ClusterCollection.Name)]
public sealed class NegotiationGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task TwoPartiesGoFromRequestToSignedAndTheAgreementGoesOnTheWall()
    {
        var deal = await Deal.NewAsync(fixture);
        var now = fixture.Time.GetUtcNow();

        Assert.Equal(NegotiationStatus.Requested, (await deal.RequestAsync()).Status);
        Assert.Equal(NegotiationStatus.Open, (await deal.Grain.AcceptRequestAsync(deal.B.Member, Deal.Op())).Status);
        Assert.Equal(NegotiationStatus.Offered, (await deal.Grain.ProposeAsync(deal.A.Member, Deal.Op(), 0, TestParty.Terms())).Status);
        var agreed = await deal.Grain.AcceptTermsAsync(deal.B.Signatory, Deal.Op(), 1);
        Assert.Equal(NegotiationStatus.Agreed, agreed.Status);
        await deal.Grain.SignAsync(deal.B.Signatory, Deal.Op(), agreed.DocumentHash!);
        var signed = await deal.Grain.SignAsync(deal.A.Signatory, Deal.Op(), agreed.DocumentHash!);

        Assert.Equal(NegotiationStatus.Signed, signed.Status);
        var view = await deal.Grain.GetAsync(deal.A.Member);
        Assert.Equal([deal.B.Id, deal.A.Id], view.Signatures.Select(s => s.PartyId));
        Assert.All(view.Signatures, s => Assert.Equal(agreed.DocumentHash, s.ContentHash));
        Assert.All(view.Signatures, s => Assert.Equal(now, s.SignedAt));
        var onWall = Assert.Single(await Eventually.WaitAsync("the agreement on the wall", deal.Wall.GetAgreementsAsync, a => a.Count > 0));
        Assert.Equivalent(
            new SignedAgreement(deal.Id, deal.ExpoId, new LocalizedText("Study tours 2024", "Study tours 2024"), "cultural-research",
                [new AgreementParty(deal.A.Id, deal.A.Party.Name), new AgreementParty(deal.B.Id, deal.B.Party.Name)], now, agreed.DocumentHash),
            onWall,
            strict: true);
        Assert.Equal(new NegotiationCounts(0, 1, 0), await deal.Wall.GetCountsAsync());
    }

    [Fact]
    public async Task TheDocumentHashIsTheSha256OfTheStoredRecordAndThePageIsStoredBesideIt()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OfferAsync();

        var hash = await deal.AcceptAllAsync();

        var document = (await deal.Grain.GetAsync(deal.B.Member)).Document!;
        var json = await deal.Grain.ReadDocumentAsync(deal.B.Member, html: false);
        var html = await deal.Grain.ReadDocumentAsync(deal.B.Member, html: true);
        Assert.Equal(hash, document.ContentHash);
        Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
        Assert.Equal(json, await fixture.Documents.ReadAsync($"{deal.Id}/{hash}.json"));
        Assert.Equal(html, await fixture.Documents.ReadAsync(document.HtmlName));
        Assert.Contains(hash, html);
        Assert.Contains("a &lt;Co&gt; &amp; Sons", html);
    }

    [Fact]
    public async Task TwoPartiesCounteringTheSameVersionAtOnceOneWinsAndTheOtherIsToldToRebase()
    {
        var deal = await Deal.NewAsync(fixture, parties: 3);
        await deal.OfferAsync();
        var c = deal.Parties[2];

        var outcomes = await Task.WhenAll(
            Outcome(deal.Grain.CounterAsync(deal.B.Member, Deal.Op(), 1, TestParty.Terms("B's scope."))),
            Outcome(deal.Grain.CounterAsync(c.Member, Deal.Op(), 1, TestParty.Terms("C's scope."))));

        var won = Assert.Single(outcomes.OfType<NegotiationReceipt>());
        Assert.Equal(ExpoErrors.RebaseRequired, Assert.Single(outcomes.OfType<ExpoException>()).Code);
        Assert.Equal(2, won.Version);
        var view = await deal.Grain.GetAsync(c.Member);
        Assert.Equal([0, 1], view.Versions.Select(v => v.BasedOn));

        // The loser rebases onto the winner's version and counters that.
        var loser = ReferenceEquals(won, outcomes[0]) ? c : deal.B;
        var rebased = await deal.Grain.CounterAsync(loser.Member, Deal.Op(), 2, TestParty.Terms("Rebased scope."));
        Assert.Equal(3, rebased.Version);
    }

    [Fact]
    public async Task ChangingTheTermsAfterASignatureVoidsItAndTheNewDocumentNeedsEverySignatureAgain()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OfferAsync();
        var first = await deal.AcceptAllAsync();
        await deal.Grain.SignAsync(deal.A.Signatory, Deal.Op(), first);

        var countered = await deal.Grain.CounterAsync(deal.B.Member, Deal.Op(), 1, TestParty.Terms("After A signed."));

        Assert.Equal(NegotiationStatus.Offered, countered.Status);
        var view = await deal.Grain.GetAsync(deal.A.Member);
        Assert.Empty(view.Signatures);
        Assert.Equal(deal.A.Signatory, Assert.Single(view.VoidedSignatures).SignatoryId);
        Assert.Null(view.Document);

        var second = await deal.AcceptAllAsync();
        Assert.NotEqual(first, second);
        var stale = await Assert.ThrowsAsync<ExpoException>(() => deal.Grain.SignAsync(deal.B.Signatory, Deal.Op(), first));
        Assert.Equal(ExpoErrors.RebaseRequired, stale.Code);
        Assert.Equal(NegotiationStatus.Signed, (await deal.SignAllAsync(second)).Status);
    }

    [Fact]
    public async Task EveryVersionIsKeptAndDiffsAgainstTheOneBefore()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OfferAsync();
        await deal.Grain.CounterAsync(deal.B.Member, Deal.Op(), 1, TestParty.Terms() with { Value = 99000m, Place = "Xi'an" });

        var diff = await deal.Grain.DiffAsync(deal.A.Member, 2);
        var first = await deal.Grain.DiffAsync(deal.A.Member, 1);

        Assert.Equal((2, 1), (diff.Version, diff.PreviousVersion));
        Assert.Equal([new TermsChange("value", "120000", "99000"), new TermsChange("place", "Quanzhou", "Xi'an")], diff.Changes);
        Assert.Equal(0, first.PreviousVersion);
        Assert.All(first.Changes, c => Assert.Null(c.Before));
        var missing = await Assert.ThrowsAsync<ExpoException>(() => deal.Grain.DiffAsync(deal.A.Member, 3));
        Assert.Equal(ExpoErrors.NotFound, missing.Code);
        Assert.Equal([deal.A.Id, deal.B.Id], (await deal.Grain.GetAsync(deal.B.Member)).Versions.Select(v => v.PartyId));
    }

    [Fact]
    public async Task ThePartiesChatPrivatelyInSequence()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OpenAsync();

        var one = await deal.Grain.PostMessageAsync(deal.A.Member, "m-1", "Hello <b>B</b>");
        var two = await deal.Grain.PostMessageAsync(deal.B.Signatory, "m-2", "你好");
        var since = await deal.Grain.MessagesSinceAsync(deal.A.Member, 1);

        Assert.Equal([1L, 2L], [one.MessageSequence, two.MessageSequence]);
        var line = Assert.Single(since);
        Assert.Equal((2L, deal.B.Id, deal.B.Signatory, "你好"), (line.Sequence, line.PartyId, line.SenderId, line.Text));
        var outsider = await Assert.ThrowsAsync<ExpoException>(() => deal.Grain.MessagesSinceAsync("u-outsider", 0));
        Assert.Equal(ExpoErrors.Forbidden, outsider.Code);
        var posted = await Assert.ThrowsAsync<ExpoException>(() => deal.Grain.PostMessageAsync("u-outsider", "m-3", "let me in"));
        Assert.Equal(ExpoErrors.Forbidden, posted.Code);
    }

    [Fact]
    public async Task ANegotiationNobodyRequestedIsNotFound()
    {
        var grain = fixture.Client.GetGrain<INegotiationGrain>(TestKeys.New("n"));

        var read = await Assert.ThrowsAsync<ExpoException>(() => grain.GetAsync("u-anyone"));
        var accept = await Assert.ThrowsAsync<ExpoException>(() => grain.AcceptRequestAsync("u-anyone", Deal.Op()));

        Assert.Equal(ExpoErrors.NotFound, read.Code);
        Assert.Equal(ExpoErrors.NotFound, accept.Code);
    }

    [Fact]
    public async Task ARequestNamingAnUnknownExpoFieldOrBoothIsRefusedAndNothingIsStored()
    {
        var deal = await Deal.NewAsync(fixture);

        var expo = await Assert.ThrowsAsync<ExpoException>(() =>
            deal.Grain.RequestAsync(deal.A.Member, Deal.Op(), deal.Request() with { ExpoId = TestKeys.New("expo") }));
        var field = await Assert.ThrowsAsync<ExpoException>(() =>
            deal.Grain.RequestAsync(deal.A.Member, Deal.Op(), deal.Request() with { Field = "juggling" }));
        var booth = await Assert.ThrowsAsync<ExpoException>(() =>
            deal.Grain.RequestAsync(deal.A.Member, Deal.Op(), deal.Request() with { BoothId = TestKeys.New("booth") }));
        var lonely = await Assert.ThrowsAsync<ExpoException>(() =>
            deal.Grain.RequestAsync(deal.A.Member, Deal.Op(), deal.Request() with { Parties = [deal.A.Party] }));

        Assert.Equal(
            [ExpoErrors.NotFound, ExpoErrors.InvalidInput, ExpoErrors.BoothNotFound, ExpoErrors.InvalidInput],
            [expo.Code, field.Code, booth.Code, lonely.Code]);
        Assert.Equal(ExpoErrors.NotFound, (await Assert.ThrowsAsync<ExpoException>(() => deal.Grain.GetAsync(deal.A.Member))).Code);
    }

    [Fact]
    public async Task EverythingSurvivesDeactivationIncludingTheReceiptsOfPastOperations()
    {
        var deal = await Deal.NewAsync(fixture);
        await deal.OpenAsync();
        var proposed = await deal.Grain.ProposeAsync(deal.A.Member, "propose-1", 0, TestParty.Terms());
        await deal.Grain.PostMessageAsync(deal.B.Member, "chat-1", "Looks good");
        var before = await deal.Grain.GetAsync(deal.A.Member);

        await fixture.Cluster.DeactivateAsync(deal.Grain);

        Assert.Equivalent(before, await deal.Grain.GetAsync(deal.A.Member), strict: true);
        Assert.Equal(proposed, await deal.Grain.ProposeAsync(deal.A.Member, "propose-1", 0, TestParty.Terms()));
        Assert.Equal(NegotiationStatus.Agreed, (await deal.Grain.AcceptTermsAsync(deal.B.Member, Deal.Op(), 1)).Status);
    }

    private static async Task<object> Outcome(Task<NegotiationReceipt> command)
    {
        try
        {
            return await command;
        }
        catch (ExpoException exception)
        {
            return exception;
        }
    }
}
