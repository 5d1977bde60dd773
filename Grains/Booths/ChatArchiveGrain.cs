using System.Diagnostics;
using Expo.Grains.Models;

namespace Expo.Grains.Booths;

public sealed class ChatArchiveGrain(
    [PersistentState("page", ExpoStorage.ChatArchive)] IPersistentState<ChatArchiveState> state) : Grain, IChatArchiveGrain
{
    public async Task StoreAsync(IReadOnlyList<ChatMessage> messages)
    {
        // A booth that failed after archiving a page archives the same page again: the first copy stands.
        if (state.State.Messages.Count > 0)
        {
            return;
        }

        state.State.Messages = [.. messages];
        var started = Stopwatch.GetTimestamp();
        await state.WriteStateAsync();
        ExpoGrainMetrics.ChatStorageWritten("archive", messages.Count, Stopwatch.GetElapsedTime(started));
    }

    public Task<IReadOnlyList<ChatMessage>> ReadAsync() => Task.FromResult<IReadOnlyList<ChatMessage>>(state.State.Messages);
}
