using Expo.Grains.Tests.BoothCatalogue;
using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Leads;

[Collection(ClusterCollection.Name)]
public sealed class BoothLeadsGrainTests(ClusterFixture fixture)
{
    private static readonly BusinessCard Card = new("Lin Wei", "泉州文旅, \"Harbour\" Ltd", "Director", "lin@example.com", "+86 595 1234", "China");

    private IBoothLeadsGrain Leads(Staffing world) => fixture.Client.GetGrain<IBoothLeadsGrain>(world.BoothId);

    private static LeadShare Contact(string message = "Please send prices.") => new(LeadRules.Contact, true, "en", message, null, null);

    [Fact]
    public async Task EveryKindOfInteractionFromOneVisitorMakesOneLeadWithTheConsentTheySaw()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var visitor = await world.RegisterAsync("Lin");
        var me = new VisitorRef(visitor.VisitorId, "Lin");
        var brochure = await fixture.Client.GetGrain<IBoothCatalogueGrain>(world.BoothId)
            .AddMediaAsync(owner.VisitorId, "op-m", CatalogueItems.Brochure(world.BoothId));

        await Leads(world).ShareAsync(me, "op-1", Contact());
        await Leads(world).ShareAsync(me, "op-2", new LeadShare(LeadRules.Card, true, "zh", null, Card, null));
        await Leads(world).ShareAsync(me, "chat-1", new LeadShare(LeadRules.Chat, true, "en", "Hello", null, null));
        await Leads(world).ShareAsync(me, "op-3", new LeadShare(LeadRules.Download, true, "en", null, null, brochure.Id));

        var lead = Assert.Single(await Leads(world).GetLeadsAsync(owner.VisitorId));
        Assert.Equal(visitor.VisitorId, lead.VisitorId);
        Assert.Equal(Card, lead.Card);
        Assert.Equal(visitor.Email, lead.Email);
        Assert.Equal([LeadRules.Contact, LeadRules.Card, LeadRules.Chat, LeadRules.Download], lead.Interactions.Select(i => i.Kind));
        Assert.Equal("Please send prices.", lead.Interactions[0].Message);
        Assert.Equal(brochure.Id, lead.Interactions[3].MediaId);
        Assert.Equal(LeadRules.ShareStatement.Zh, lead.Interactions[1].Consent.Text);
        Assert.Equal(LeadRules.ChatStatementId, lead.Interactions[2].Consent.Statement);
        Assert.Equal(LeadRules.ShareStatement.En, lead.Interactions[0].Consent.Text);
        Assert.Equal(fixture.Time.GetUtcNow(), lead.Interactions[0].Consent.At);
    }

    [Fact]
    public async Task ARetriedShareAddsOneInteractionAndVisitorsGetTheirOwnLeads()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var lin = await world.RegisterAsync("Lin");
        var ada = await world.RegisterAsync("Ada");

        await Leads(world).ShareAsync(new VisitorRef(lin.VisitorId, "Lin"), "op-1", Contact());
        await Leads(world).ShareAsync(new VisitorRef(lin.VisitorId, "Lin"), "op-1", Contact());
        await Leads(world).ShareAsync(new VisitorRef(ada.VisitorId, "Ada"), "op-1", Contact());

        var leads = await Leads(world).GetLeadsAsync(owner.VisitorId);
        Assert.Equal(new[] { ada.VisitorId, lin.VisitorId }.Order(StringComparer.Ordinal), leads.Select(l => l.VisitorId).Order(StringComparer.Ordinal));
        Assert.All(leads, l => Assert.Single(l.Interactions));
    }

    public static TheoryData<string> BadShares() => ["no-consent", "unknown-kind", "empty-message", "card-without-name", "bad-card-email", "bad-language", "unknown-brochure", "image-as-brochure"];

    [Theory]
    [MemberData(nameof(BadShares))]
    public async Task ABadShareIsRefusedAndRecordsNothing(string mistake)
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var visitor = await world.RegisterAsync();
        var image = await fixture.Client.GetGrain<IBoothCatalogueGrain>(world.BoothId).AddMediaAsync(owner.VisitorId, "op-m", CatalogueItems.Image(world.BoothId));
        var share = mistake switch
        {
            "no-consent" => Contact() with { Consented = false },
            "unknown-kind" => Contact() with { Kind = "spam" },
            "empty-message" => Contact(" "),
            "card-without-name" => new LeadShare(LeadRules.Card, true, "en", null, Card with { Name = "" }, null),
            "bad-card-email" => new LeadShare(LeadRules.Card, true, "en", null, Card with { Email = "nowhere" }, null),
            "bad-language" => Contact() with { Language = "fr" },
            "unknown-brochure" => new LeadShare(LeadRules.Download, true, "en", null, null, "m-nowhere"),
            _ => new LeadShare(LeadRules.Download, true, "en", null, null, image.Id),
        };

        await Assert.ThrowsAsync<ExpoException>(() => Leads(world).ShareAsync(new VisitorRef(visitor.VisitorId, "Lin"), "op-1", share));

        Assert.Empty(await Leads(world).GetLeadsAsync(owner.VisitorId));
    }

    [Fact]
    public async Task GuestsMakeNoLeads()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var guest = TestKeys.Visitor();
        await fixture.Client.GetGrain<IVisitorGrain>(guest.VisitorId).RegisterGuestAsync(guest.DisplayName, "en");

        var refused = await Assert.ThrowsAsync<ExpoException>(() => Leads(world).ShareAsync(guest, "op-1", Contact()));

        Assert.Equal(ExpoErrors.Forbidden, refused.Code);
        Assert.Empty(await Leads(world).GetLeadsAsync(owner.VisitorId));
    }

    [Fact]
    public async Task OnlyTheBoothsStaffReadRateAndAnnotateLeads()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var member = await world.MemberAsync(owner);
        var otherOwner = await world.OwnerAsync(world.OtherBooth);
        var visitor = await world.RegisterAsync();
        await Leads(world).ShareAsync(new VisitorRef(visitor.VisitorId, "Lin"), "op-1", Contact());

        foreach (var actor in new[] { visitor.VisitorId, otherOwner.VisitorId, world.Organiser.VisitorId })
        {
            Assert.Equal(ExpoErrors.Forbidden, (await Assert.ThrowsAsync<ExpoException>(() => Leads(world).GetLeadsAsync(actor))).Code);
            Assert.Equal(ExpoErrors.Forbidden, (await Assert.ThrowsAsync<ExpoException>(
                () => Leads(world).AnnotateAsync(actor, "op-a", visitor.VisitorId, 5, "mine"))).Code);
        }

        Assert.Empty(await Leads(world.Fixture, world.OtherBoothId).GetLeadsAsync(otherOwner.VisitorId));
        Assert.Equal(ExpoErrors.InvalidInput, (await Assert.ThrowsAsync<ExpoException>(
            () => Leads(world).AnnotateAsync(member.VisitorId, "op-a", visitor.VisitorId, 6, "too hot"))).Code);

        var rated = await Leads(world).AnnotateAsync(member.VisitorId, "op-b", visitor.VisitorId, 4, "Wants 200 boxes, call Monday.");

        Assert.Equal(4, rated.Rating);
        Assert.Equivalent(rated, Assert.Single(await Leads(world).GetLeadsAsync(owner.VisitorId)), strict: true);
    }

    private static IBoothLeadsGrain Leads(ClusterFixture fixture, string boothId) => fixture.Client.GetGrain<IBoothLeadsGrain>(boothId);
}
