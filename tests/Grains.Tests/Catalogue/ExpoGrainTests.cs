using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Catalogue;

[Collection(ClusterCollection.Name)]
public sealed class ExpoGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task SeedingTheDemoCatalogueTwiceMakesEveryBoothEnterableAndKeepsTheirChat()
    {
        // The booth keys are the catalogue's own; no other test seeds or touches them.
        var definition = await DemoCatalogue.LoadAsync() with { Id = TestKeys.New("expo") };
        var expo = fixture.Client.GetGrain<IExpoGrain>(definition.Id);
        var booths = definition.Pavilions.SelectMany(p => p.Booths).ToList();

        await expo.SeedAsync(definition);
        var someBooth = fixture.Client.GetGrain<IBoothGrain>(booths[0].Id);
        var line = await someBooth.SendChatAsync(TestKeys.Visitor(), "m-1", "Before the second seeding");
        await expo.SeedAsync(definition);

        Assert.Equivalent(definition, await expo.GetAsync(), strict: true);
        Assert.Equal([line], await someBooth.ChatSinceAsync(0));
        foreach (var profile in booths)
        {
            var booth = fixture.Client.GetGrain<IBoothGrain>(profile.Id);
            var snapshot = await booth.EnterAsync("c1", TestKeys.Visitor());
            Assert.Equivalent(profile, snapshot.Booth, strict: true);
            await booth.LeaveAsync("c1");
        }
    }

    [Fact]
    public async Task ABoothNamingAnUnknownFieldIsRefusedAndNothingIsStored()
    {
        var definition = SmallCatalogue(out var booths);
        definition = definition with
        {
            Pavilions = [definition.Pavilions[0] with { Booths = [booths[0], booths[1] with { Fields = ["juggling"] }] }],
        };

        await AssertRefusedAsync(definition, booths);
    }

    [Fact]
    public async Task ADuplicateBoothIdIsRefusedAndNothingIsStored()
    {
        var definition = SmallCatalogue(out var booths);
        definition = definition with
        {
            Pavilions = [definition.Pavilions[0] with { Booths = [booths[0], booths[1], booths[0]] }],
        };

        await AssertRefusedAsync(definition, booths);
    }

    [Fact]
    public async Task ACatalogueForAnotherExpoIdIsRefused()
    {
        var definition = SmallCatalogue(out _);
        var expo = fixture.Client.GetGrain<IExpoGrain>(TestKeys.New("expo"));

        var refused = await Assert.ThrowsAsync<ExpoException>(() => expo.SeedAsync(definition));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        Assert.Null(await expo.GetAsync());
    }

    private async Task AssertRefusedAsync(ExpoDefinition definition, IReadOnlyList<BoothProfile> booths)
    {
        var expo = fixture.Client.GetGrain<IExpoGrain>(definition.Id);

        var refused = await Assert.ThrowsAsync<ExpoException>(() => expo.SeedAsync(definition));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        Assert.Null(await expo.GetAsync());
        foreach (var booth in booths)
        {
            Assert.Null(await fixture.Client.GetGrain<IBoothGrain>(booth.Id).GetProfileAsync());
        }
    }

    private static ExpoDefinition SmallCatalogue(out IReadOnlyList<BoothProfile> booths)
    {
        var pavilionId = TestKeys.New("pavilion");
        booths = [TestKeys.Profile(TestKeys.New(), pavilionId), TestKeys.Profile(TestKeys.New(), pavilionId)];
        var text = new LocalizedText("Test", "测试");
        return new ExpoDefinition(
            TestKeys.New("expo"),
            text,
            text,
            text,
            [new FieldOfCooperation("tourism", new LocalizedText("Tourism", "旅游"))],
            [new PavilionProfile(pavilionId, "friendship-city", text, text, text, booths, HeritageSample: false)],
            []);
    }
}
