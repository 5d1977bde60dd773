using Expo.Grains.Tests.BoothCatalogue;
using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Interests;

/// <summary>
/// A recommendation costs a handful of grain calls however many booths the expo has: the silo keeps the booths'
/// catalogue offers, and asks only the recommended booths who of their staff is there; an edit still counts at once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RecommendationCostTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ARecommendationCostsAHandfulOfGrainCallsHoweverManyBoothsTheExpoHas()
    {
        var world = await RecommendationWorld.CreateAsync(fixture, moreFoodBooths: 20);
        var booths = 3 + world.MoreFood.Count;
        var owner = await world.StaffAsync(world.Food, StaffRoles.Owner, "Aysha");
        await fixture.Client.GetGrain<IBoothGrain>(world.Food).EnterAsync(TestKeys.New("c"), new VisitorRef(owner.VisitorId, owner.DisplayName));

        // The attendance hears of staff in a booth a moment later, in its batches; only then can "partner" find it.
        await Eventually.WaitAsync(
            "the attendance knows the booth is staffed",
            () => fixture.Client.GetGrain<IAttendanceGrain>(world.ExpoId).GetStaffedBoothsAsync(),
            staffed => staffed.ContainsKey(world.Food));
        var visitor = fixture.Client.GetGrain<IVisitorInterestsGrain>(TestKeys.New("v"));
        await visitor.SetAsync(world.ExpoId, new VisitorInterests(["food"], [], [InterestRules.Partner]));

        var (first, firstCalls) = await CallCount.OfAsync(() => visitor.RecommendAsync(world.ExpoId));
        var (again, calls) = await CallCount.OfAsync(() => visitor.RecommendAsync(world.ExpoId));

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{booths} booths: {firstCalls.Count} grain calls on a cold silo, {calls.Count} after ({2 + 2 * booths} before the silo kept the offers): {string.Join(", ", calls)}");
        Assert.Equal(View(first), View(again));
        Assert.Equal(world.Food, again[0].BoothId);
        Assert.Equal([owner.VisitorId], again[0].StaffPresent.Select(s => s.VisitorId));
        Assert.Equal(InterestRules.MaxRecommendations, again.Count);
        Assert.Equal(booths, firstCalls.Count(c => c.Contains("BoothCatalogue", StringComparison.Ordinal)));
        Assert.DoesNotContain(calls, c => c.Contains("BoothCatalogue", StringComparison.Ordinal));
        Assert.Equal(again.Count, calls.Count(c => c.Contains("GetStaffOnline", StringComparison.Ordinal)));
        Assert.True(calls.Count <= 3 + InterestRules.MaxRecommendations, $"{calls.Count} calls");
    }

    [Fact]
    public async Task AProfileOrCatalogueEditChangesTheRecommendationAtOnce()
    {
        var world = await RecommendationWorld.CreateAsync(fixture);
        var owner = await world.StaffAsync(world.Tea, StaffRoles.Owner, "Mei");
        var visitor = fixture.Client.GetGrain<IVisitorInterestsGrain>(TestKeys.New("v"));
        await visitor.SetAsync(world.ExpoId, new VisitorInterests(["tourism"], [], [InterestRules.Buy]));
        Assert.Equal([world.Tourism], (await visitor.RecommendAsync(world.ExpoId)).Select(p => p.BoothId));

        // As the profile endpoint does: the booth stores the edit, then the expo takes it into its catalogue.
        await fixture.Client.GetGrain<IBoothStaffGrain>(world.Tea).UpdateProfileAsync(owner.VisitorId, TestKeys.New("op"), Staffing.Edit() with { Fields = ["tourism"] });
        await fixture.Client.GetGrain<IExpoGrain>(world.ExpoId).RefreshBoothAsync(world.Tea);
        var edited = await visitor.RecommendAsync(world.ExpoId);
        await fixture.Client.GetGrain<IBoothCatalogueGrain>(world.Tea).SaveItemAsync(owner.VisitorId, TestKeys.New("op"), null, CatalogueItems.Tea());
        var priced = await visitor.RecommendAsync(world.ExpoId);

        Assert.Equal([world.Tea, world.Tourism], edited.OrderBy(p => p.BoothId == world.Tea ? 0 : 1).Select(p => p.BoothId));
        Assert.Equal(["field"], edited.Single(p => p.BoothId == world.Tea).Reasons.Select(r => r.Kind));
        Assert.Equal([world.Tea, world.Tourism], priced.Select(p => p.BoothId));
        Assert.Equal(["field", "goal"], priced[0].Reasons.Select(r => r.Kind));
        Assert.Equal(InterestRules.Buy, priced[0].Reasons[1].Id);
    }

    private static IReadOnlyList<string> View(IReadOnlyList<Recommendation> picks) =>
        [.. picks.Select(p => $"{p.BoothId} {p.Score} {string.Join('/', p.Reasons.Select(r => $"{r.Kind}:{r.Id}"))} {string.Join('/', p.StaffPresent.Select(s => s.VisitorId))}")];
}
