using Expo.Grains.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Meetings;

/// <summary>
/// Reminders of booked meetings, to the booker and the host, the agenda's lead time before the start. One durable
/// Orleans reminder per booth ticks while a booking awaits its reminder; each is recorded before it is sent, so it goes once.
/// </summary>
public sealed partial class BoothMeetingsGrain : IRemindable
{
    private const string ReminderName = "meetings";

    private AgendaReminderOptions Options => ServiceProvider.GetRequiredService<IOptions<AgendaReminderOptions>>().Value;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        try
        {
            await RemindDueAsync();
        }
        catch (Exception exception)
        {
            // Nothing was recorded as sent: the next tick tries again.
            LogRemindFailed(Logger, exception, BoothId);
        }

        await ScheduleRemindersAsync();
    }

    private async Task RemindDueAsync()
    {
        var now = clock.UtcNow;
        var due = Pending().Where(s => s.StartsAt - Options.ReminderLead <= now).ToList();
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

    /// <summary>Keeps one reminder while a booking awaits its reminder, due when the first one is, at most an interval away.</summary>
    private async Task ScheduleRemindersAsync()
    {
        try
        {
            var pending = Pending().ToList();
            if (pending.Count == 0)
            {
                if (await this.GetReminder(ReminderName) is { } existing)
                {
                    await this.UnregisterReminder(existing);
                }

                return;
            }

            var interval = Options.ReminderInterval;
            var first = pending.Min(s => s.StartsAt) - Options.ReminderLead - clock.UtcNow;
            await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromTicks(Math.Clamp(first.Ticks, 0, interval.Ticks)), interval);
        }
        catch (Exception exception)
        {
            // The next booking or tick tries again.
            LogReminderFailed(Logger, exception, BoothId);
        }
    }

    private ILogger Logger => ServiceProvider.GetRequiredService<ILogger<BoothMeetingsGrain>>();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminding the meetings of booth {BoothId} failed; will retry")]
    private static partial void LogRemindFailed(ILogger logger, Exception exception, string boothId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The meeting reminder of booth {BoothId} could not be updated")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string boothId);
}
