using Expo.Grains.Models;

namespace Expo.Grains.Meetings;

/// <summary>
/// Reminders of booked meetings, to the booker and the host, the agenda's lead time before the start. One durable
/// Orleans reminder per booth ticks while a booking awaits its reminder; each is recorded before it is sent, so it goes once.
/// </summary>
public sealed partial class BoothMeetingsGrain : IRemindable
{
    private const string ReminderName = "meetings";

    public Task ReceiveReminder(string reminderName, TickStatus status) => this.TickAsync(RemindDueAsync, ScheduleRemindersAsync);

    private async Task RemindDueAsync()
    {
        var now = clock.UtcNow;
        var due = Pending().Where(s => this.IsDue(s.StartsAt, now)).ToList();
        if (due.Count == 0 || state.State.ExpoId is not { } expoId)
        {
            return;
        }

        due.ForEach(s => s.Reminded = true);
        await WriteAsync(() => due.ForEach(s => s.Reminded = false));
        var name = (await GrainFactory.GetGrain<IBoothGrain>(BoothId).GetProfileAsync())?.Name ?? new LocalizedText(BoothId, BoothId);
        var relay = GrainFactory.GetGrain<IReminderRelayGrain>(expoId);
        foreach (var slot in due)
        {
            foreach (var person in new[] { slot.Booker!, slot.Host })
            {
                relay.RelayAsync(new SessionReminder(person.VisitorId, $"meeting-{slot.Id}", name, slot.StartsAt, "", BoothId)).Ignore();
            }
        }
    }

    private IEnumerable<SlotRecord> Pending() =>
        state.State.Slots.Where(s => s.Booker is not null && !s.Reminded && s.EndsAt > clock.UtcNow);

    /// <summary>Keeps one reminder while a booking awaits its reminder.</summary>
    private Task ScheduleRemindersAsync() =>
        this.KeepAsync(ReminderName, () => Task.FromResult(Pending().Select(s => (DateTimeOffset?)s.StartsAt).Min()));
}
