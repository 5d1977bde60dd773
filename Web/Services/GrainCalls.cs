namespace Expo.Web.Services;

/// <summary>
/// Kept so older call sites still compile: every grain call is timed once, by <see cref="Telemetry.GrainCallTiming"/>,
/// so this only runs the call. New code calls the grain directly.
/// </summary>
public static class GrainCalls
{
    public static Task<T> TimeAsync<T>(string operation, Func<Task<T>> call) => call();

    public static Task TimeAsync(string operation, Func<Task> call) => call();
}
