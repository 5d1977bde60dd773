using System.Diagnostics;
using Expo.Web.Telemetry;

namespace Expo.Web.Services;

/// <summary>Times grain calls into <see cref="ExpoWebMetrics.GrainCallDuration"/>, tagged by operation.</summary>
public static class GrainCalls
{
    public static async Task<T> TimeAsync<T>(string operation, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await call();
        }
        finally
        {
            ExpoWebMetrics.GrainCallDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("operation", operation));
        }
    }

    public static Task TimeAsync(string operation, Func<Task> call) =>
        TimeAsync(operation, async () =>
        {
            await call();
            return true;
        });
}
