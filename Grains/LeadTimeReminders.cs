using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Expo.Grains;

/// <summary>
/// Reminders sent the agenda's lead time before something starts (a planned session, a booked meeting): one durable
/// Orleans reminder per grain ticks while anything awaits its reminder, due when the first one is, at most an interval
/// away, and is dropped when nothing waits. Each reminder is recorded before it is sent, so a tick that fails sent
/// nothing, and the next tick tries again.
/// </summary>
internal static partial class LeadTimeReminders
{
    /// <summary>Whether the lead time before <paramref name="start"/> has come at <paramref name="now"/>.</summary>
    public static bool IsDue(this IGrainBase grain, DateTimeOffset start, DateTimeOffset now) => start - Options(grain).ReminderLead <= now;

    /// <summary>A tick: sends what is due (<paramref name="remindDue"/>), then keeps the reminder for what still waits (<paramref name="keep"/>).</summary>
    public static async Task TickAsync(this IGrainBase grain, Func<Task> remindDue, Func<Task> keep)
    {
        try
        {
            await remindDue();
        }
        catch (Exception exception)
        {
            LogRemindFailed(Logger(grain), exception, grain.GrainContext.GrainId.ToString());
        }

        await keep();
    }

    /// <summary>Keeps the reminder <paramref name="name"/> while <paramref name="firstStart"/> names a start still to be reminded of; drops it otherwise.</summary>
    public static async Task KeepAsync(this IGrainBase grain, string name, Func<Task<DateTimeOffset?>> firstStart)
    {
        try
        {
            if (await firstStart() is not { } start)
            {
                if (await grain.GetReminder(name) is { } existing)
                {
                    await grain.UnregisterReminder(existing);
                }

                return;
            }

            var options = Options(grain);
            var first = start - options.ReminderLead - grain.GrainContext.ActivationServices.GetRequiredService<ExpoClock>().UtcNow;
            var due = TimeSpan.FromTicks(Math.Clamp(first.Ticks, 0, options.ReminderInterval.Ticks));
            await grain.RegisterOrUpdateReminder(name, due, options.ReminderInterval);
        }
        catch (Exception exception)
        {
            // The next change or tick tries again.
            LogKeepFailed(Logger(grain), exception, grain.GrainContext.GrainId.ToString(), name);
        }
    }

    private static AgendaReminderOptions Options(IGrainBase grain) =>
        grain.GrainContext.ActivationServices.GetRequiredService<IOptions<AgendaReminderOptions>>().Value;

    private static ILogger Logger(IGrainBase grain) =>
        grain.GrainContext.ActivationServices.GetRequiredService<ILoggerFactory>().CreateLogger(grain.GetType());

    [LoggerMessage(Level = LogLevel.Warning, Message = "{GrainId}: sending due reminders failed; the next tick tries again")]
    private static partial void LogRemindFailed(ILogger logger, Exception exception, string grainId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{GrainId}: the reminder {Reminder} could not be updated")]
    private static partial void LogKeepFailed(ILogger logger, Exception exception, string grainId, string reminder);
}
