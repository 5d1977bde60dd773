using Expo.Grains.Models;

namespace Expo.Grains.Interests;

public sealed partial class VisitorInterestsGrain(
    [PersistentState("interests", ExpoStorage.Visitors)] IPersistentState<VisitorInterestsState> state,
    BoothOffers offers) : Grain, IVisitorInterestsGrain
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

    private async Task<ExpoDefinition> ExpoAsync(string expoId) =>
        ExpoRules.IsSlug(expoId) && await GrainFactory.GetGrain<IExpoGrain>(expoId).GetAsync() is { } expo
            ? expo
            : throw ExpoException.NotFound($"There is no expo '{expoId}'.");
}
