using System.Collections.Concurrent;
using Orleans.Storage;

namespace Expo.Grains.Tests.Infrastructure;

/// <summary>
/// Grain storage that fails on request, either before a write or after it has landed (a timeout whose write went
/// through), so tests can check what a visitor is told and what survives. Faults are set per grain key: a booth id
/// for booth state, a journal key for a journal shard.
/// </summary>
internal sealed class FaultyGrainStorage(IGrainStorage inner) : IGrainStorage
{
    /// <summary>The storage names the fixture wraps; the rest are plain memory storage.</summary>
    public static readonly IReadOnlyList<string> Wrapped = [ExpoStorage.Booths, ExpoStorage.ChatJournal];

    private static readonly ConcurrentDictionary<string, (int Remaining, bool AfterWrite)> Faults = new();
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Holds = new();

    public static string InnerName(string name) => $"{name}-inner";

    /// <summary>Makes the next <paramref name="count"/> writes of the grain with that key fail.</summary>
    public static void FailNextWrites(string grainKey, int count, bool afterWrite) => Faults[grainKey] = (count, afterWrite);

    /// <summary>Lets the grain's writes through again.</summary>
    public static void Heal(string grainKey) => Faults.TryRemove(grainKey, out _);

    /// <summary>Makes writes of the grain with that key wait until <see cref="Release"/>, so callers pile up behind one.</summary>
    public static void HoldWrites(string grainKey) =>
        Holds.TryAdd(grainKey, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public static void Release(string grainKey)
    {
        if (Holds.TryRemove(grainKey, out var hold))
        {
            hold.SetResult();
        }
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = grainId.Key.ToString()!;
        if (Holds.TryGetValue(key, out var hold))
        {
            await hold.Task;
        }

        var fault = TakeFault(key);
        if (fault == Fault.Before)
        {
            throw new IOException("Storage refused the write.");
        }

        await inner.WriteStateAsync(stateName, grainId, grainState);
        if (fault == Fault.After)
        {
            throw new TimeoutException("Storage took the write but did not answer in time.");
        }
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);

    private static Fault TakeFault(string key)
    {
        while (Faults.TryGetValue(key, out var fault))
        {
            var next = fault with { Remaining = fault.Remaining - 1 };
            var updated = next.Remaining > 0
                ? Faults.TryUpdate(key, next, fault)
                : Faults.TryRemove(KeyValuePair.Create(key, fault));
            if (updated)
            {
                return fault.AfterWrite ? Fault.After : Fault.Before;
            }
        }

        return Fault.None;
    }

    private enum Fault
    {
        None,
        Before,
        After,
    }
}
