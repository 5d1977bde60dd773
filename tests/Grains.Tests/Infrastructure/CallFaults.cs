using System.Collections.Concurrent;

namespace Expo.Grains.Tests.Infrastructure;

/// <summary>
/// Grain calls that tests make fail, per grain key and method name: the silo's incoming call filter throws before the
/// grain runs, as a call to a silo that just died would.
/// </summary>
internal sealed class CallFaults : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<(string Key, string Method), int> Faults = new();
    private static readonly ConcurrentDictionary<(string Key, string Method), int> Failed = new();

    /// <summary>Makes the next <paramref name="count"/> calls of the method on the grain with that key fail.</summary>
    public static void FailNext(string key, string method, int count) => Faults[(key, method)] = count;

    /// <summary>How many calls the fault has failed so far.</summary>
    public static int FailedCount(string key, string method) => Failed.GetValueOrDefault((key, method));

    public Task Invoke(IIncomingGrainCallContext context)
    {
        var call = (context.TargetId.Key.ToString()!, context.MethodName);
        while (Faults.TryGetValue(call, out var remaining))
        {
            var taken = remaining > 1 ? Faults.TryUpdate(call, remaining - 1, remaining) : Faults.TryRemove(KeyValuePair.Create(call, remaining));
            if (taken)
            {
                Failed.AddOrUpdate(call, 1, (_, n) => n + 1);
                throw new TimeoutException($"{call.MethodName} on {call.Item1} failed on purpose.");
            }
        }

        return context.Invoke();
    }
}
