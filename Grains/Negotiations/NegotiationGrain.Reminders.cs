using Microsoft.Extensions.Logging;
using T = Expo.Grains.Negotiations.NegotiationTransitions;

namespace Expo.Grains.Negotiations;

public sealed partial class NegotiationGrain
{
    private const string ReminderName = "negotiation";

    private IGrainReminder? _reminder;

    // True once this activation may have a reminder registered (by itself or an earlier activation).
    private bool _mayHaveReminder;

    /// <summary>Reminders survive restarts: a tick expires an overdue negotiation and retries undelivered updates.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _mayHaveReminder = true;
        if (_broken || state.State.Status == Models.NegotiationStatus.None)
        {
            return;
        }

        try
        {
            await ExpireIfDueAsync();
            await DeliverAsync();
        }
        catch (ExpoException exception)
        {
            LogCatchUpFailed(logger, exception, Id);
        }

        await ScheduleAsync(refresh: true);
    }

    /// <summary>
    /// Keeps one reminder while the negotiation has a deadline to meet or updates to deliver, due at the deadline or
    /// within <see cref="NegotiationOptions.ReminderInterval"/>, whichever comes first; removes it after.
    /// </summary>
    private async Task ScheduleAsync(bool refresh)
    {
        var s = state.State;
        var interval = options.Value.ReminderInterval;
        TimeSpan? untilDeadline = s.Deadline is { } deadline && !T.IsFinal(s.Status) ? deadline - clock.UtcNow : null;
        var undelivered = s.DeliveredRevision < s.Revision;
        try
        {
            if (untilDeadline is null && !undelivered)
            {
                if (_reminder is not null || _mayHaveReminder || s.Deadline is not null)
                {
                    if ((_reminder ?? await this.GetReminder(ReminderName)) is { } existing)
                    {
                        await this.UnregisterReminder(existing);
                    }

                    _reminder = null;
                    _mayHaveReminder = false;
                }

                return;
            }

            if (_reminder is null || refresh)
            {
                var due = untilDeadline is { } left ? TimeSpan.FromTicks(Math.Clamp(left.Ticks, 0, interval.Ticks)) : interval;
                _reminder = await this.RegisterOrUpdateReminder(ReminderName, due, interval);
                _mayHaveReminder = true;
            }
        }
        catch (Exception exception)
        {
            // The next command, activation or tick tries again; a missed deadline is also enforced on the next call.
            LogReminderFailed(logger, exception, Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reminder of negotiation {NegotiationId} could not be updated")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string negotiationId);
}
