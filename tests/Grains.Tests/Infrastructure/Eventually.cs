using System.Diagnostics;

namespace Expo.Grains.Tests.Infrastructure;

/// <summary>
/// Waits, with a bound, for something the silo does on its own time: an Orleans timer (driven by the real clock, not
/// the fake expo clock) or a one-way call, whose arrival nothing else orders.
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public static async Task<T> WaitAsync<T>(string what, Func<Task<T>> read, Func<T, bool> condition)
    {
        var started = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            if (started.Elapsed > Patience)
            {
                throw new TimeoutException($"Not within {Patience.TotalSeconds} s: {what}.");
            }

            await Task.Delay(Poll);
        }
    }
}
