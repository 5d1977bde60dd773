namespace Expo.Grains.Inbox;

public sealed class InboxPageGrain(
    [PersistentState("inbox-page", ExpoStorage.Negotiations)] IPersistentState<InboxPageState> state) : Grain, IInboxPageGrain
{
    public async Task StoreAsync(IReadOnlyList<string> negotiationIds)
    {
        // An inbox whose state write failed after sealing a page seals the same page again: the first copy stands.
        if (state.State.NegotiationIds.Count > 0)
        {
            return;
        }

        state.State.NegotiationIds = [.. negotiationIds];
        await state.WriteOrRefuseAsync(this, "The inbox could not seal a page just now.", new InboxPageState());
    }

    public Task<IReadOnlyList<string>> ReadAsync() => Task.FromResult<IReadOnlyList<string>>(state.State.NegotiationIds);
}
