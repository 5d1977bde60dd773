using Expo.Grains.Models;

namespace Expo.Grains.Interests;

public sealed class VisitorInterestsGrain(
    [PersistentState("interests", ExpoStorage.Visitors)] IPersistentState<VisitorInterestsState> state) : Grain, IVisitorInterestsGrain
{
    public Task<VisitorInterests> GetAsync() => Task.FromResult(state.State.Interests ?? VisitorInterests.None);

    public async Task<VisitorInterests> SetAsync(string expoId, VisitorInterests interests)
    {
        var valid = InterestRules.Require(interests);
        var expo = await ExpoAsync(expoId);
        var unknown = valid.Fields.Except(expo.Fields.Select(f => f.Id)).Concat(valid.Cities.Except(expo.Pavilions.Select(p => p.Id))).FirstOrDefault();
        if (unknown is not null)
        {
            throw ExpoException.Invalid($"The expo has no field or city '{unknown}'.");
        }

        var before = state.State.Interests;
        state.State.Interests = valid;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Interests = before;
            throw;
        }

        return valid;
    }

    public async Task<IReadOnlyList<Recommendation>> RecommendAsync(string expoId)
    {
        var interests = await GetAsync();
        var expo = await ExpoAsync(expoId);
        if (interests is { Fields.Count: 0, Cities.Count: 0, Goals.Count: 0 })
        {
            return [];
        }

        var booths = expo.Pavilions.SelectMany(p => p.Booths).Select(b => b.Id).ToList();
        var signals = await Task.WhenAll(booths.Select(SignalsAsync));
        return BoothRecommender.Recommend(interests, expo, booths.Zip(signals).ToDictionary(p => p.First, p => p.Second), InterestRules.MaxRecommendations);
    }

    private async Task<BoothSignals> SignalsAsync(string boothId)
    {
        var catalogue = GrainFactory.GetGrain<IBoothCatalogueGrain>(boothId).GetVisibleAsync();
        var staff = GrainFactory.GetGrain<IBoothGrain>(boothId).GetStaffOnlineAsync();
        var items = (await catalogue).Items;
        return new BoothSignals(items.Count, items.Count(i => i.Price is not null), (await catalogue).Media.Count(m => m.Kind == MediaKinds.Brochure), await staff);
    }

    private async Task<ExpoDefinition> ExpoAsync(string expoId) =>
        ExpoRules.IsSlug(expoId) && await GrainFactory.GetGrain<IExpoGrain>(expoId).GetAsync() is { } expo
            ? expo
            : throw ExpoException.NotFound($"There is no expo '{expoId}'.");
}
