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
        var owner = await world.StaffAsync(world.Food, StaffRoles.Owner, "Aysha");
        await world.StaffAsync(world.Food, StaffRoles.Member, "Absent Member");
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

    private Task<RecommendationWorld> WorldAsync() => RecommendationWorld.CreateAsync(fixture);
}
