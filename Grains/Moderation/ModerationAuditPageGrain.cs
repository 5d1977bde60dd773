using Expo.Grains.Models;

namespace Expo.Grains.Moderation;

public sealed class ModerationAuditPageGrain(
    [PersistentState("audit-page", ExpoStorage.Expo)] IPersistentState<ModerationAuditPageState> state) : Grain, IModerationAuditPageGrain
{
    public async Task StoreAsync(IReadOnlyList<AuditEntry> entries)
    {
        // A moderation grain whose state write failed after sealing a page seals the same page again: the first copy stands.
        if (state.State.Entries.Count > 0)
        {
            return;
        }

        state.State.Entries = [.. entries];
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<AuditEntry>> ReadAsync() => Task.FromResult<IReadOnlyList<AuditEntry>>(state.State.Entries);
}
