using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Staff;

[Collection(ClusterCollection.Name)]
public sealed class BoothProfileEditTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AStaffEditReplacesTheProfileAndReachesSubscribedWebNodes()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var member = await world.MemberAsync(owner);
        var listener = await fixture.ListenAsync(world.Booth);

        var updated = await world.Staff.UpdateProfileAsync(member.VisitorId, "op-1", Staffing.Edit("Porcelain House"));

        Assert.Equal("Porcelain House", updated.Name.En);
        Assert.Equal(new LocalizedText("Tea and porcelain", "茶与瓷"), updated.Tagline);
        Assert.Equal(["food"], updated.Fields);
        Assert.False(updated.Sample);
        Assert.Equal("Asia/Shanghai", updated.OpeningHours!.TimeZone);
        Assert.Equivalent(updated, await world.Booth.GetProfileAsync(), strict: true);
        Assert.Equivalent(updated, await listener.NextProfileAsync(), strict: true);
        Assert.Equivalent(updated, (await world.Booth.EnterAsync("c1", TestKeys.Visitor())).Booth, strict: true);
    }

    [Fact]
    public async Task TheCatalogueShowsTheEditAndAReSeedKeepsIt()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var seeded = await world.Expo.GetAsync();

        var updated = await world.Staff.UpdateProfileAsync(owner.VisitorId, "op-1", Staffing.Edit("Porcelain House"));
        await world.Expo.RefreshBoothAsync(world.BoothId);
        await world.Expo.SeedAsync(seeded!);

        Assert.Equivalent(updated, await world.Booth.GetProfileAsync(), strict: true);
        var listed = (await world.Expo.GetAsync())!.Pavilions.SelectMany(p => p.Booths).Single(b => b.Id == world.BoothId);
        Assert.Equivalent(updated, listed, strict: true);
    }

    [Fact]
    public async Task AReSeedTakesAnEditTheCatalogueMissedFromTheBooth()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var seeded = await world.Expo.GetAsync();

        var updated = await world.Staff.UpdateProfileAsync(owner.VisitorId, "op-1", Staffing.Edit("Porcelain House"));
        await world.Expo.SeedAsync(seeded!);

        var listed = (await world.Expo.GetAsync())!.Pavilions.SelectMany(p => p.Booths).Single(b => b.Id == world.BoothId);
        Assert.Equivalent(updated, listed, strict: true);
    }

    [Fact]
    public async Task ARetriedEditIsAppliedOnceAndDoesNotUndoALaterOne()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();

        await world.Staff.UpdateProfileAsync(owner.VisitorId, "op-1", Staffing.Edit("First"));
        await world.Staff.UpdateProfileAsync(owner.VisitorId, "op-2", Staffing.Edit("Second"));
        var retried = await world.Staff.UpdateProfileAsync(owner.VisitorId, "op-1", Staffing.Edit("First"));

        Assert.Equal("Second", retried.Name.En);
        Assert.Equal("Second", (await world.Booth.GetProfileAsync())!.Name.En);
    }

    public static TheoryData<string> BadEdits() =>
    [
        "empty-name", "long-name", "unknown-field", "duplicate-field", "bad-contact-kind", "bad-email", "bad-website",
        "bad-zone", "windows-zone", "closes-before-opens", "bad-day", "overlapping", "control-character",
    ];

    [Theory]
    [MemberData(nameof(BadEdits))]
    public async Task AnInvalidEditIsRefusedAndChangesNothing(string mistake)
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var before = await world.Booth.GetProfileAsync();

        var refused = await Assert.ThrowsAsync<ExpoException>(() => world.Staff.UpdateProfileAsync(owner.VisitorId, "op-1", Broken(mistake)));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        Assert.Equivalent(before, await world.Booth.GetProfileAsync(), strict: true);

        // The refused operation id was not used up: the same id with a good edit applies.
        Assert.Equal("Edited booth", (await world.Staff.UpdateProfileAsync(owner.VisitorId, "op-1", Staffing.Edit())).Name.En);
    }

    private static BoothProfileEdit Broken(string mistake)
    {
        var good = Staffing.Edit();
        var hours = good.OpeningHours!;
        return mistake switch
        {
            "empty-name" => good with { Name = new LocalizedText(" ", "名") },
            "long-name" => good with { Name = new LocalizedText(new string('n', BoothProfileRules.MaxNameLength + 1), "名") },
            "unknown-field" => good with { Fields = ["juggling"] },
            "duplicate-field" => good with { Fields = ["food", "food"] },
            "bad-contact-kind" => good with { Contacts = [new ContactChannel("fax", "123456")] },
            "bad-email" => good with { Contacts = [new ContactChannel("email", "not-an-address")] },
            "bad-website" => good with { Contacts = [new ContactChannel("website", "javascript:alert(1)")] },
            "bad-zone" => good with { OpeningHours = hours with { TimeZone = "Mars/Olympus_Mons" } },
            "windows-zone" => good with { OpeningHours = hours with { TimeZone = "China Standard Time" } },
            "closes-before-opens" => good with { OpeningHours = hours with { Weekly = [new OpeningPeriod("mon", "17:00", "09:00")] } },
            "bad-day" => good with { OpeningHours = hours with { Weekly = [new OpeningPeriod("someday", "09:00", "17:00")] } },
            "overlapping" => good with
            {
                OpeningHours = hours with { Weekly = [new OpeningPeriod("tue", "09:00", "13:00"), new OpeningPeriod("tue", "12:00", "18:00")] },
            },
            _ => good with { Tagline = new LocalizedText("tab\u0001", "标语") },
        };
    }
}
