using System.Diagnostics;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>Waits for a condition over state that other threads change, with a bound and a useful failure message.</summary>
public static class Eventually
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>Returns how long the condition took to hold; throws with <paramref name="describe"/> when it never did.</summary>
    public static async Task<TimeSpan> WaitAsync(string what, Func<bool> condition, TimeSpan timeout, Func<string>? describe = null)
    {
        var started = Stopwatch.StartNew();
        while (!condition())
        {
            if (started.Elapsed > timeout)
            {
                throw new TimeoutException($"Not within {timeout.TotalSeconds} s: {what}. {describe?.Invoke()}");
            }

            await Task.Delay(Poll);
        }

        return started.Elapsed;
    }
}
