using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Interests;

/// <summary>
/// A visitor's interests, kept with them, and the booths recommended from them: by field, city and goal, with the
/// reasons, and with only the staff who are in the booth now.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RecommendationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task BoothsAreRecommendedByFieldCityAndGoalWithTheirReasonsAndOnlyTheStaffPresent()
    {
        var world = await WorldAsync();
        var owner = await StaffAsync(world, world.Food, StaffRoles.Owner, "Aysha");
        await StaffAsync(world, world.Food, StaffRoles.Member, "Absent Member");
        await fixture.Client.GetGrain<IBoothGrain>(world.Food).EnterAsync(TestKeys.New("c"), new VisitorRef(owner.VisitorId, owner.DisplayName));
        var visitor = fixture.Client.GetGrain<IVisitorInterestsGrain>(TestKeys.New("v"));

        await visitor.SetAsync(world.ExpoId, new VisitorInterests(["food"], [world.Oasis], [InterestRules.Partner]));
        var picks = await visitor.RecommendAsync(world.ExpoId);

        Assert.Equal([world.Food, world.Tea], picks.Select(p => p.BoothId));
        var food = picks[0];
        Assert.Equal(["field", "city", "goal", "staff"], food.Reasons.Select(r => r.Kind));
        Assert.Equal(("food", "Food"), (food.Reasons[0].Id, food.Reasons[0].Name?.En));
        Assert.Equal((world.Oasis, "Oasis"), (food.Reasons[1].Id, food.Reasons[1].Name?.En));
        Assert.Equal(InterestRules.Partner, food.Reasons[2].Id);
        Assert.Equal([owner.VisitorId], food.StaffPresent.Select(s => s.VisitorId));
        Assert.Equal(["field"], picks[1].Reasons.Select(r => r.Kind));
        Assert.Empty(picks[1].StaffPresent);
        Assert.True(food.Score > picks[1].Score);
    }

    [Fact]
    public async Task InterestsAreCheckedAgainstTheExpoAndKept()
    {
        var world = await WorldAsync();
        var key = TestKeys.New("v");
        var visitor = fixture.Client.GetGrain<IVisitorInterestsGrain>(key);

        var unknownField = await Assert.ThrowsAsync<ExpoException>(() => visitor.SetAsync(world.ExpoId, new VisitorInterests(["mining"], [], [])));
        var unknownGoal = await Assert.ThrowsAsync<ExpoException>(() => visitor.SetAsync(world.ExpoId, new VisitorInterests([], [], ["sell"])));
        var tooMany = await Assert.ThrowsAsync<ExpoException>(() => visitor.SetAsync(world.ExpoId,
            new VisitorInterests([.. Enumerable.Range(0, InterestRules.MaxFields + 1).Select(n => $"f-{n}")], [], [])));
        Assert.Empty(await visitor.RecommendAsync(world.ExpoId));
        await visitor.SetAsync(world.ExpoId, new VisitorInterests(["tourism", "tourism"], [world.Harbour], [InterestRules.Learn]));
        await fixture.Cluster.DeactivateAsync(visitor);

        Assert.All([unknownField, unknownGoal, tooMany], e => Assert.Equal(ExpoErrors.InvalidInput, e.Code));
        var kept = await fixture.Client.GetGrain<IVisitorInterestsGrain>(key).GetAsync();
        Assert.Equal(["tourism"], kept.Fields);
        Assert.Equal([world.Harbour], kept.Cities);
        Assert.Equal([InterestRules.Learn], kept.Goals);
    }

    private sealed record World(string ExpoId, string Harbour, string Oasis, string Tourism, string Tea, string Food, VisitorAccount Organiser);

    /// <summary>Two cities: a harbour with a tourism booth and a tea booth (food), an oasis with a food booth.</summary>
    private async Task<World> WorldAsync()
    {
        var (harbour, oasis) = (TestKeys.New("harbour"), TestKeys.New("oasis"));
        var (tourism, tea, food) = (TestKeys.New("b"), TestKeys.New("b"), TestKeys.New("b"));
        BoothProfile Booth(string id, string pavilion, string field) => TestKeys.Profile(id, pavilion) with { Fields = [field] };
        var text = new LocalizedText("Test", "测试");
        var definition = new ExpoDefinition(
            TestKeys.New("expo"), text, text, text,
            [new FieldOfCooperation("tourism", new LocalizedText("Tourism", "旅游")), new FieldOfCooperation("food", new LocalizedText("Food", "美食"))],
            [
                new PavilionProfile(harbour, "friendship-city", new LocalizedText("Harbour", "港口"), text, text, [Booth(tourism, harbour, "tourism"), Booth(tea, harbour, "food")], false),
                new PavilionProfile(oasis, "friendship-city", new LocalizedText("Oasis", "绿洲"), text, text, [Booth(food, oasis, "food")], false),
            ],
            []);
        await fixture.Client.GetGrain<IExpoGrain>(definition.Id).SeedAsync(definition);
        var organiser = await fixture.Client.GetGrain<IAccountGrain>(Staffing.NewEmail()).EnsureOrganiserAsync(Staffing.Password, "Organiser");
        return new World(definition.Id, harbour, oasis, tourism, tea, food, organiser);
    }

    private async Task<VisitorAccount> StaffAsync(World world, string boothId, string role, string name)
    {
        var booth = fixture.Client.GetGrain<IBoothStaffGrain>(boothId);
        var invitation = await booth.CreateInvitationAsync(world.Organiser.VisitorId, TestKeys.New("op"), role, TimeSpan.FromDays(1));
        var account = await fixture.Client.GetGrain<IAccountGrain>(Staffing.NewEmail()).RegisterAsync(Staffing.Password, name, "en");
        await booth.AcceptInvitationAsync(InvitationCodes.Parse(invitation.Code).Secret, account.VisitorId);
        return account;
    }
}
