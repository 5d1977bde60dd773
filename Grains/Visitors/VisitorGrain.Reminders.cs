using Expo.Grains.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Visitors;

/// <summary>
/// Reminders of planned sessions. An Orleans reminder (stored in Azure Table, so it survives restarts) ticks while a
/// planned session still needs its reminder; each reminder is recorded before it is sent, so it goes out once.
/// </summary>
public sealed partial class VisitorGrain : IRemindable
{
    private const string ReminderName = "agenda-plan";

    private AgendaReminderOptions AgendaOptions => ServiceProvider.GetRequiredService<IOptions<AgendaReminderOptions>>().Value;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        try
        {
            await RemindDueAsync();
        }
        catch (Exception exception)
        {
            // The next tick tries again: nothing was recorded as sent.
            LogRemindFailed(Logger, exception, this.GetPrimaryKeyString());
        }

        await ScheduleRemindersAsync();
    }

    /// <summary>Sends the reminder of every planned session whose lead time has come and that has not ended.</summary>
    private async Task RemindDueAsync()
    {
        var now = clock.UtcNow;
        var due = new List<(string ExpoId, SessionReminder Reminder)>();
        var recorded = new List<string>();
        foreach (var (entry, session) in await PendingAsync())
        {
            if (session.StartsAt - AgendaOptions.ReminderLead <= now)
            {
                recorded.Add(entry.Key);
                if (session.EndsAt > now)
                {
                    due.Add((entry.ExpoId, new SessionReminder(this.GetPrimaryKeyString(), session.Id, session.Title, session.StartsAt, session.Place)));
                }
            }
        }

        if (recorded.Count == 0)
        {
            return;
        }

        // Recorded before it is sent: a failed write sends nothing, and the next tick tries again.
        state.State.Reminded.AddRange(recorded);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Reminded.RemoveAll(recorded.Contains);
            throw;
        }

        // Through the expo's relay to every Web node, which sends it to the visitor's connections there, if any.
        foreach (var (expoId, reminder) in due)
        {
            GrainFactory.GetGrain<IReminderRelayGrain>(expoId).RelayAsync(reminder).Ignore();
        }
    }

    /// <summary>Planned sessions still to be reminded of, with their current details (a moved session is reminded at its new time).</summary>
    private async Task<List<(PlannedSession Entry, AgendaSession Session)>> PendingAsync()
    {
        var pending = new List<(PlannedSession, AgendaSession)>();
        foreach (var expo in state.State.Plan.Where(p => !state.State.Reminded.Contains(p.Key)).GroupBy(p => p.ExpoId))
        {
            var agenda = await GrainFactory.GetGrain<IAgendaGrain>(expo.Key).GetAsync();
            foreach (var entry in expo)
            {
                if (agenda.Sessions.FirstOrDefault(s => s.Id == entry.SessionId) is { Cancelled: false } session)
                {
                    pending.Add((entry, session));
                }
            }
        }

        return pending;
    }

    /// <summary>Keeps one reminder while a planned session awaits its reminder, due when the first one is, at most an interval away.</summary>
    private async Task ScheduleRemindersAsync()
    {
        try
        {
            var pending = await PendingAsync();
            var interval = AgendaOptions.ReminderInterval;
            if (pending.Count == 0)
            {
                if (await this.GetReminder(ReminderName) is { } existing)
                {
                    await this.UnregisterReminder(existing);
                }

                return;
            }

            var first = pending.Min(p => p.Session.StartsAt) - AgendaOptions.ReminderLead - clock.UtcNow;
            var due = TimeSpan.FromTicks(Math.Clamp(first.Ticks, 0, interval.Ticks));
            await this.RegisterOrUpdateReminder(ReminderName, due, interval);
        }
        catch (Exception exception)
        {
            // The next plan change or tick tries again.
            LogReminderFailed(Logger, exception, this.GetPrimaryKeyString());
        }
    }

    private ILogger Logger => ServiceProvider.GetRequiredService<ILogger<VisitorGrain>>();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminding visitor {VisitorId} of planned sessions failed; will retry")]
    private static partial void LogRemindFailed(ILogger logger, Exception exception, string visitorId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The plan reminder of visitor {VisitorId} could not be updated")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string visitorId);
}
