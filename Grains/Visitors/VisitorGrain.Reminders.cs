using Expo.Grains.Models;

namespace Expo.Grains.Visitors;

/// <summary>
/// Reminders of planned sessions. An Orleans reminder (stored in Azure Table, so it survives restarts) ticks while a
/// planned session still needs its reminder; each reminder is recorded before it is sent, so it goes out once.
/// </summary>
public sealed partial class VisitorGrain : IRemindable
{
    private const string ReminderName = "agenda-plan";

    public Task ReceiveReminder(string reminderName, TickStatus status) => this.TickAsync(RemindDueAsync, ScheduleRemindersAsync);

    /// <summary>Sends the reminder of every planned session whose lead time has come and that has not ended.</summary>
    private async Task RemindDueAsync()
    {
        var now = clock.UtcNow;
        var due = new List<(string ExpoId, SessionReminder Reminder)>();
        var recorded = new List<string>();
        foreach (var (entry, session) in await PendingAsync())
        {
            if (this.IsDue(session.StartsAt, now))
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

    /// <summary>Keeps one reminder while a planned session awaits its reminder.</summary>
    private Task ScheduleRemindersAsync() =>
        this.KeepAsync(ReminderName, async () => await PendingAsync() is { Count: > 0 } pending ? pending.Min(p => p.Session.StartsAt) : null);
}
