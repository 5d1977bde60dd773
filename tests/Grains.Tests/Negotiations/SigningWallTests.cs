using Expo.Grains.Tests.Catalogue;
using Expo.Grains.Tests.Infrastructure;
using Expo.Silo.Seeding;

namespace Expo.Grains.Tests.Negotiations;

[Collection(ClusterCollection.Name)]
public sealed class SigningWallTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AnAgreementGoesUpOnceAndSubscribersHearOfItOnceHoweverOftenItIsReported()
    {
        var deal = await Deal.NewAsync(fixture);
        var listener = new WallListener(fixture.Client);
        await deal.Wall.SubscribeAsync(listener.NodeId, listener.Reference);
        await deal.OfferAsync();
        var hash = await deal.AcceptAllAsync();
        await deal.Grain.SignAsync(deal.A.Signatory, Deal.Op(), hash);

        await deal.Grain.SignAsync(deal.B.Signatory, "last-signature", hash);
        await deal.Grain.SignAsync(deal.B.Signatory, "last-signature", hash);
        await fixture.Cluster.DeactivateAsync(deal.Grain);
        var view = await deal.Grain.GetAsync(deal.A.Member);
        var report = new NegotiationReport(deal.Id, NegotiationStatus.Signed, view.Revision, (await deal.Wall.GetAgreementsAsync())[0]);
        await deal.Wall.ReportAsync(report);
        await deal.Wall.ReportAsync(report with { Revision = view.Revision + 1 });

        Assert.Equal(deal.Id, (await listener.NextSignedAsync()).Id);
        Assert.Equal(deal.Id, Assert.Single(await deal.Wall.GetAgreementsAsync()).Id);
        Assert.Equal(new NegotiationCounts(0, 1, 0), await deal.Wall.GetCountsAsync());
        Assert.False(listener.HasMoreSigned);
    }

    [Fact]
    public async Task SeedingTheDemoWallTwiceListsTheCataloguesFiveAgreementsOnceWithBilingualPartyNames()
    {
        var definition = await DemoCatalogue.LoadAsync() with { Id = TestKeys.New("expo") };
        var wall = fixture.Client.GetGrain<ISigningWallGrain>(definition.Id);
        var seed = SeedAgreements.From(definition);

        await wall.SeedAsync(seed);
        await wall.SeedAsync(SeedAgreements.From(definition));

        var agreements = await wall.GetAgreementsAsync();
        Assert.Equal(
            ["licheng-wenlv-yushang-loulan", "zhangye-west-style-kung-fu-animation", "chaozhou-chunhui-runpu", "xian-research-cooperation", "silk-road-friendship-city-alliance"],
            agreements.Select(a => a.Id));
        Assert.Equal([2, 2, 2, 3, 7], agreements.Select(a => a.Parties.Count));
        Assert.Equal(new LocalizedText("Jimsar County", "吉木萨尔县"), agreements[^1].Parties[^1].Name);
        Assert.All(agreements, a =>
        {
            Assert.Null(a.SignedAt);
            Assert.Null(a.DocumentHash);
            Assert.False(string.IsNullOrWhiteSpace(a.Occasion?.En));
            Assert.False(string.IsNullOrWhiteSpace(a.Occasion?.Zh));
            Assert.All(a.Parties, p => Assert.False(string.IsNullOrWhiteSpace(p.Name.En) || string.IsNullOrWhiteSpace(p.Name.Zh)));
        });
        Assert.Equal(new NegotiationCounts(0, 5, 0), await wall.GetCountsAsync());
    }

    [Fact]
    public async Task CountsFollowNegotiationsUnderWaySignedAndEnded()
    {
        var expoId = await Deal.NewExpoAsync(fixture);
        var signed = await Deal.NewAsync(fixture, expoId: expoId);
        var declined = await Deal.NewAsync(fixture, expoId: expoId);
        var open = await Deal.NewAsync(fixture, expoId: expoId);

        await signed.SignedAsync();
        await declined.RequestAsync();
        await declined.Grain.DeclineRequestAsync(declined.B.Member, Deal.Op(), null);
        await open.OfferAsync();

        Assert.Equal(new NegotiationCounts(1, 1, 1), await open.Wall.GetCountsAsync());
    }
}
