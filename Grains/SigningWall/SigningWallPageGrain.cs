using Expo.Grains.Models;

namespace Expo.Grains.SigningWall;

public sealed class SigningWallPageGrain(
    [PersistentState("signing-wall-page", ExpoStorage.Negotiations)] IPersistentState<SigningWallPageState> state) : Grain, ISigningWallPageGrain
{
    public async Task StoreAsync(IReadOnlyList<NegotiationListing> negotiations)
    {
        // A wall whose state write failed after sealing a page seals the same page again: the first copy stands.
        if (state.State.Negotiations.Count > 0)
        {
            return;
        }

        state.State.Negotiations = [.. negotiations];
        await state.WriteOrRefuseAsync(this, "The signing wall could not seal a page just now.", new SigningWallPageState());
    }

    public Task<IReadOnlyList<NegotiationListing>> ReadAsync() =>
        Task.FromResult<IReadOnlyList<NegotiationListing>>(state.State.Negotiations);
}
