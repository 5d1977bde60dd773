using System.Collections.Concurrent;
using Orleans.Storage;

namespace Expo.Grains.Tests.Infrastructure;

/// <summary>
/// Booth storage that fails on request, either before a write or after it has landed (a timeout whose write went
/// through), so tests can check what a visitor is told and what survives.
/// </summary>
internal sealed class FaultyGrainStorage(IGrainStorage inner) : IGrainStorage
{
    public const string InnerName = "booths-inner";

    private static readonly ConcurrentDictionary<string, (int Remaining, bool AfterWrite)> Faults = new();

    /// <summary>Makes the next <paramref name="count"/> writes of the booth fail.</summary>
    public static void FailNextWrites(string boothId, int count, bool afterWrite) => Faults[boothId] = (count, afterWrite);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var fault = TakeFault(grainId.Key.ToString()!);
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
