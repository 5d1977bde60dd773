using System.Collections.Concurrent;

namespace Expo.Grains.Tests.Infrastructure;

/// <summary>
/// Faults that tests set per key (a booth id for booth state, a journal key for a journal shard) and the faulty
/// storages apply: a write fails before it lands, or after (a timeout whose write went through), or waits.
/// </summary>
internal static class StorageFaults
{
    private static readonly ConcurrentDictionary<string, (int Remaining, bool AfterWrite)> Faults = new();
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Holds = new();

    /// <summary>Makes the next <paramref name="count"/> writes under that key fail.</summary>
    public static void FailNextWrites(string key, int count, bool afterWrite) => Faults[key] = (count, afterWrite);

    /// <summary>Lets the key's writes through again.</summary>
    public static void Heal(string key) => Faults.TryRemove(key, out _);

    /// <summary>Makes writes under that key wait until <see cref="Release"/>, so callers pile up behind one.</summary>
    public static void HoldWrites(string key) =>
        Holds.TryAdd(key, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public static void Release(string key)
    {
        if (Holds.TryRemove(key, out var hold))
        {
            hold.SetResult();
        }
    }

    /// <summary>Runs a write under the key's hold and fault, if any.</summary>
    public static async Task<T> WriteAsync<T>(string key, Func<Task<T>> write)
    {
        if (Holds.TryGetValue(key, out var hold))
        {
            await hold.Task;
        }

        var fault = TakeFault(key);
        if (fault == Fault.Before)
        {
            throw new IOException("Storage refused the write.");
        }

        var result = await write();
        return fault == Fault.After ? throw new TimeoutException("Storage took the write but did not answer in time.") : result;
    }

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
