using Expo.Grains.Models;

namespace Expo.Grains.Moderation;

public sealed class ModerationReportPageGrain(
    [PersistentState("report-page", ExpoStorage.Expo)] IPersistentState<ModerationReportPageState> state) : Grain, IModerationReportPageGrain
{
    public async Task StoreAsync(IReadOnlyList<ModerationReport> reports)
    {
        // A moderation grain whose state write failed after sealing a page seals the same page again: the first copy stands.
        if (state.State.Reports.Count > 0)
        {
            return;
        }

        state.State.Reports = [.. reports];
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<ModerationReport>> ReadAsync() => Task.FromResult<IReadOnlyList<ModerationReport>>(state.State.Reports);
}
