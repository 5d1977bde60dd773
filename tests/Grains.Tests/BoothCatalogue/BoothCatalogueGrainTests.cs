using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.BoothCatalogue;

[Collection(ClusterCollection.Name)]
public sealed class BoothCatalogueGrainTests(ClusterFixture fixture)
{
    private IBoothCatalogueGrain Catalogue(Staffing world) => fixture.Client.GetGrain<IBoothCatalogueGrain>(world.BoothId);

    [Fact]
    public async Task StaffCreateEditHideReorderAndDeleteItemsAndVisitorsSeeOnlyVisibleOnesInOrder()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var member = await world.MemberAsync(owner);
        var catalogue = Catalogue(world);

        var tea = await catalogue.SaveItemAsync(owner.VisitorId, "op-1", null, CatalogueItems.Tea());
        var route = await catalogue.SaveItemAsync(member.VisitorId, "op-1", null, CatalogueItems.Route());
        var edited = await catalogue.SaveItemAsync(member.VisitorId, "op-2", tea.Id, CatalogueItems.Tea("Tieguanyin"));
        await catalogue.ReorderAsync(owner.VisitorId, "op-2", [route.Id, tea.Id]);
        await catalogue.SetHiddenAsync(owner.VisitorId, "op-3", route.Id, hidden: true);

        Assert.Equal(tea.Id, edited.Id);
        Assert.Equal("Tieguanyin", edited.Title.En);
        Assert.Null(route.Price);
        Assert.Equal(new CataloguePrice(128.5m, "CNY"), edited.Price);
        Assert.Equal([route.Id, tea.Id], (await catalogue.GetAllAsync(member.VisitorId)).Items.Select(i => i.Id));
        Assert.True((await catalogue.GetAllAsync(member.VisitorId)).Items[0].Hidden);
        Assert.Equal(["Tieguanyin"], (await catalogue.GetVisibleAsync()).Items.Select(i => i.Title.En));

        // An edit keeps the item's visibility: hidden stays hidden.
        await catalogue.SaveItemAsync(owner.VisitorId, "op-4", route.Id, CatalogueItems.Route() with { Tags = ["heritage"] });
        Assert.Equal([tea.Id], (await catalogue.GetVisibleAsync()).Items.Select(i => i.Id));

        await catalogue.DeleteItemAsync(owner.VisitorId, "op-5", tea.Id);
        Assert.Equal([route.Id], (await catalogue.GetAllAsync(owner.VisitorId)).Items.Select(i => i.Id));
        Assert.Empty((await catalogue.GetVisibleAsync()).Items);
    }

    [Fact]
    public async Task ARetriedCreateAddsOneItemAndARetriedDeleteIsNotRefused()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var catalogue = Catalogue(world);

        var first = await catalogue.SaveItemAsync(owner.VisitorId, "op-1", null, CatalogueItems.Tea());
        var retried = await catalogue.SaveItemAsync(owner.VisitorId, "op-1", null, CatalogueItems.Tea());
        await catalogue.SaveItemAsync(owner.VisitorId, "op-2", null, CatalogueItems.Route());
        await catalogue.DeleteItemAsync(owner.VisitorId, "op-3", first.Id);
        await catalogue.DeleteItemAsync(owner.VisitorId, "op-3", first.Id);

        Assert.Equal(first.Id, retried.Id);
        Assert.Equal(["Quanzhou in three days"], (await catalogue.GetAllAsync(owner.VisitorId)).Items.Select(i => i.Title.En));
    }

    public static TheoryData<string> BadItems() =>
        ["no-kind", "unknown-kind", "empty-title", "long-title", "control-character", "bad-currency", "negative-price", "too-precise",
         "duplicate-tags", "too-many-tags", "unknown-image", "brochure-as-image"];

    [Theory]
    [MemberData(nameof(BadItems))]
    public async Task AnInvalidItemIsRefusedAndChangesNothing(string mistake)
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var catalogue = Catalogue(world);
        var brochure = await catalogue.AddMediaAsync(owner.VisitorId, "op-m", CatalogueItems.Brochure(world.BoothId));
        var item = await catalogue.SaveItemAsync(owner.VisitorId, "op-0", null, CatalogueItems.Tea());
        var before = await catalogue.GetAllAsync(owner.VisitorId);
        var good = CatalogueItems.Tea();
        var bad = mistake switch
        {
            "no-kind" => good with { Kind = null },
            "unknown-kind" => good with { Kind = "spaceship" },
            "empty-title" => good with { Title = new LocalizedText("  ", "茶") },
            "long-title" => good with { Title = new LocalizedText("Tea", new string('茶', CatalogueRules.MaxTitleLength + 1)) },
            "control-character" => good with { Title = new LocalizedText("Tea\u0007", "茶") },
            "bad-currency" => good with { Price = new CataloguePrice(1, "RMB") },
            "negative-price" => good with { Price = new CataloguePrice(-1, "CNY") },
            "too-precise" => good with { Price = new CataloguePrice(0.00001m, "CNY") },
            "duplicate-tags" => good with { Tags = ["tea", "Tea"] },
            "too-many-tags" => good with { Tags = [.. Enumerable.Range(0, CatalogueRules.MaxTags + 1).Select(i => $"t{i}")] },
            "unknown-image" => good with { ImageIds = ["m-nowhere"] },
            _ => good with { ImageIds = [brochure.Id] },
        };

        var created = await Assert.ThrowsAsync<ExpoException>(() => catalogue.SaveItemAsync(owner.VisitorId, "op-1", null, bad));
        var edited = await Assert.ThrowsAsync<ExpoException>(() => catalogue.SaveItemAsync(owner.VisitorId, "op-2", item.Id, bad));

        Assert.Equal(ExpoErrors.InvalidInput, created.Code);
        Assert.Equal(ExpoErrors.InvalidInput, edited.Code);
        Assert.Equivalent(before, await catalogue.GetAllAsync(owner.VisitorId), strict: true);
    }

    [Fact]
    public async Task ReorderingMustNameEveryItemOnce()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var catalogue = Catalogue(world);
        var tea = await catalogue.SaveItemAsync(owner.VisitorId, "op-1", null, CatalogueItems.Tea());
        var route = await catalogue.SaveItemAsync(owner.VisitorId, "op-2", null, CatalogueItems.Route());

        foreach (var order in new[] { [tea.Id], [tea.Id, tea.Id], new[] { tea.Id, route.Id, "i-other" } })
        {
            var refused = await Assert.ThrowsAsync<ExpoException>(() => catalogue.ReorderAsync(owner.VisitorId, TestKeys.New("op"), order));
            Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        }

        Assert.Equal([tea.Id, route.Id], (await catalogue.GetAllAsync(owner.VisitorId)).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task RemovingAnImageTakesItOffEveryItem()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var catalogue = Catalogue(world);
        var image = await catalogue.AddMediaAsync(owner.VisitorId, "op-1", CatalogueItems.Image(world.BoothId));
        var retried = await catalogue.AddMediaAsync(owner.VisitorId, "op-1", CatalogueItems.Image(world.BoothId));
        var item = await catalogue.SaveItemAsync(owner.VisitorId, "op-2", null, CatalogueItems.Tea() with { ImageIds = [image.Id] });

        var removed = await catalogue.RemoveMediaAsync(owner.VisitorId, "op-3", image.Id);

        Assert.Equal(image.Id, retried.Id);
        Assert.Equal([image.Id], item.ImageIds);
        Assert.Equal(image, removed);
        Assert.Empty((await catalogue.GetAllAsync(owner.VisitorId)).Media);
        Assert.Empty((await catalogue.GetVisibleAsync()).Items.Single().ImageIds);
        Assert.Null(await catalogue.GetMediaAsync(image.Id));
    }

    [Fact]
    public async Task TheLogoAndBannerAreImagesOfTheBoothAndARemovedOneIsForgotten()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var catalogue = Catalogue(world);
        var logo = await catalogue.AddMediaAsync(owner.VisitorId, "op-1", CatalogueItems.Image(world.BoothId));
        var banner = await catalogue.AddMediaAsync(owner.VisitorId, "op-2", CatalogueItems.Image(world.BoothId));
        var brochure = await catalogue.AddMediaAsync(owner.VisitorId, "op-3", CatalogueItems.Brochure(world.BoothId));

        var branded = await catalogue.SetBrandingAsync(owner.VisitorId, "op-4", logo.Id, banner.Id);
        var refused = await Assert.ThrowsAsync<ExpoException>(() => catalogue.SetBrandingAsync(owner.VisitorId, "op-5", brochure.Id, null));
        await catalogue.RemoveMediaAsync(owner.VisitorId, "op-6", banner.Id);

        Assert.Equal((logo.Id, banner.Id), (branded.LogoId, branded.BannerId));
        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        var visible = await catalogue.GetVisibleAsync();
        Assert.Equal((logo.Id, (string?)null), (visible.LogoId, visible.BannerId));
    }

    [Fact]
    public async Task AFileRecordOutsideTheBoothIsRefused()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var good = CatalogueItems.Image(world.BoothId);

        foreach (var bad in new[] { good with { BlobName = $"{world.OtherBoothId}/{good.Id}" }, good with { Kind = "html" }, good with { Length = 0 } })
        {
            var refused = await Assert.ThrowsAsync<ExpoException>(() => Catalogue(world).AddMediaAsync(owner.VisitorId, TestKeys.New("op"), bad));
            Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        }

        Assert.Empty((await Catalogue(world).GetAllAsync(owner.VisitorId)).Media);
    }

    [Fact]
    public async Task OnlyTheBoothsStaffChangeOrSeeTheWholeCatalogue()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var otherOwner = await world.OwnerAsync(world.OtherBooth);
        var visitor = await world.RegisterAsync();
        var catalogue = Catalogue(world);
        var item = await catalogue.SaveItemAsync(owner.VisitorId, "op-1", null, CatalogueItems.Tea());
        await catalogue.SetHiddenAsync(owner.VisitorId, "op-2", item.Id, hidden: true);
        var before = await catalogue.GetAllAsync(owner.VisitorId);

        foreach (var actor in new[] { visitor.VisitorId, otherOwner.VisitorId, world.Organiser.VisitorId, "not a slug" })
        {
            Func<Task>[] attempts =
            [
                () => catalogue.GetAllAsync(actor),
                () => catalogue.SaveItemAsync(actor, "op-x", null, CatalogueItems.Route()),
                () => catalogue.SaveItemAsync(actor, "op-x", item.Id, CatalogueItems.Route()),
                () => catalogue.SetHiddenAsync(actor, "op-x", item.Id, hidden: false),
                () => catalogue.ReorderAsync(actor, "op-x", [item.Id]),
                () => catalogue.DeleteItemAsync(actor, "op-x", item.Id),
                () => catalogue.AddMediaAsync(actor, "op-x", CatalogueItems.Image(world.BoothId)),
                () => catalogue.RemoveMediaAsync(actor, "op-x", "m-any"),
                () => catalogue.SetBrandingAsync(actor, "op-x", null, null),
            ];
            foreach (var attempt in attempts)
            {
                Assert.Equal(ExpoErrors.Forbidden, (await Assert.ThrowsAsync<ExpoException>(attempt)).Code);
            }
        }

        Assert.Equivalent(before, await catalogue.GetAllAsync(owner.VisitorId), strict: true);
        Assert.Empty((await catalogue.GetVisibleAsync()).Items);
    }
}
