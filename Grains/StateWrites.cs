using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Expo.Grains;

/// <summary>
/// A state write that lands, or leaves the grain to reload. After a failed write the change may or may not be in
/// storage (a timed-out write can still land), so the grain puts back what it held before, deactivates, and refuses
/// with <c>unavailable</c>: the next activation reads storage, where a retry with the same operation id finds out
/// whether it was applied.
/// </summary>
internal static partial class StateWrites
{
    /// <param name="refusal">What the caller is told, e.g. "The agenda could not be stored just now; send it again."</param>
    /// <param name="previous">The state before the change, when the change replaced the state object; null when it changed it in place.</param>
    public static async Task WriteOrRefuseAsync<T>(this IPersistentState<T> state, IGrainBase grain, string refusal, T? previous = null)
        where T : class
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            if (previous is not null)
            {
                state.State = previous;
            }

            var logger = grain.GrainContext.ActivationServices.GetRequiredService<ILoggerFactory>().CreateLogger(grain.GetType());
            LogWriteFailed(logger, exception, grain.GrainContext.GrainId.ToString());
            grain.DeactivateOnIdle();
            throw new ExpoException(ExpoErrors.Unavailable, refusal);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{GrainId}: a state write failed; the grain reloads from storage")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string grainId);
}
