using Expo.Grains.Models;

namespace Expo.Grains.Visitors;

public sealed class VisitorGrain(
    [PersistentState("visitor", ExpoStorage.Visitors)] IPersistentState<VisitorState> state,
    ExpoClock clock) : Grain, IVisitorGrain
{
    public async Task<VisitorProfile> RegisterGuestAsync(string displayName, string language)
    {
        var profile = new VisitorProfile(
            this.GetPrimaryKeyString(),
            ExpoRules.RequireDisplayName(displayName),
            ExpoRules.RequireLanguage(language),
            state.State.Profile?.CreatedAt ?? clock.UtcNow);
        state.State.Profile = profile;
        await state.WriteStateAsync();
        return profile;
    }

    public Task<VisitorProfile?> GetAsync() => Task.FromResult(state.State.Profile);
}
