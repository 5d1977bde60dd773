using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Expo.Grains.Moderation;

/// <summary>
/// Getting sanctions to the booths that enforce them. A change is written together with the booths it must reach
/// (<see cref="ModerationState.Undelivered"/>); each push a booth acknowledges takes it off the list, and the rest are
/// tried again on a timer (and on the next activation, from storage) until every one has taken it. Booths keep only
/// the newest version they get, so a push repeated or overtaken does no harm.
/// </summary>
public sealed partial class ModerationGrain : IRemindable
{
    private const string EveryBooth = "*";
    private const string DeliveryReminder = "sanction-delivery";

    /// <summary>The durable backstop of the timer: a silo lost while booths are owed a push wakes the grain again.</summary>
    private static readonly TimeSpan DeliveryReminderPeriod = TimeSpan.FromMinutes(1);

    private IGrainTimer? _deliveryTimer;
    private bool _mayHaveReminder;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Pushes a previous activation could not finish; the timer keeps trying without holding up the activation.
        if (state.State.Undelivered.Count > 0)
        {
            ScheduleDelivery(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    private static void Undeliver(ModerationState next, string? boothId)
    {
        var target = boothId ?? EveryBooth;
        if (!next.Undelivered.Contains(target))
        {
            next.Undelivered.Add(target);
        }
    }

    /// <summary>Pushes the version in force to every booth still owed it; the ones that fail stay owed and are retried.</summary>
    private async Task DeliverAsync()
    {
        var owed = state.State.Undelivered;
        if (owed.Count == 0)
        {
            return;
        }

        var failed = new ConcurrentBag<string>();
        var targets = owed.Where(b => b != EveryBooth).ToHashSet();
        if (owed.Contains(EveryBooth))
        {
            try
            {
                var expo = await GrainFactory.GetGrain<IExpoGrain>(ExpoId).GetAsync();
                targets.UnionWith(expo?.Pavilions.SelectMany(p => p.Booths).Select(b => b.Id) ?? []);
            }
            catch (Exception exception)
            {
                LogPushFailed(logger, exception, ExpoId, EveryBooth);
                failed.Add(EveryBooth);
            }
        }

        await Task.WhenAll(targets.Select(async id =>
        {
            try
            {
                await Booth(id).ApplySanctionsAsync(SanctionsFor(id));
            }
            catch (Exception exception)
            {
                LogPushFailed(logger, exception, ExpoId, id);
                failed.Add(id);
            }
        }));
        await RecordDeliveredAsync([.. failed]);
    }

    /// <summary>Stores the shorter list, so a later activation does not push again what the booths already took.</summary>
    private async Task RecordDeliveredAsync(List<string> stillOwed)
    {
        if (stillOwed.Count == state.State.Undelivered.Count)
        {
            ScheduleDelivery(options.Value.DeliveryRetryInterval);
            return;
        }

        var next = state.State.Copy();
        next.Undelivered = stillOwed;
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // Storage may still list more booths than are owed: the next activation reads it and pushes to them again,
            // which they ignore.
            LogDeliveryRecordFailed(logger, exception, ExpoId);
            DeactivateOnIdle();
        }

        if (stillOwed.Count > 0)
        {
            ScheduleDelivery(options.Value.DeliveryRetryInterval);
        }
        else
        {
            _deliveryTimer?.Dispose();
            _deliveryTimer = null;
            await SetReminderAsync(on: false);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _mayHaveReminder = true;
        if (reminderName == DeliveryReminder)
        {
            await (state.State.Undelivered.Count > 0 ? DeliverAsync() : SetReminderAsync(on: false));
        }
    }

    private void ScheduleDelivery(TimeSpan dueTime)
    {
        if (!_mayHaveReminder)
        {
            // Only once a push has failed: the happy path writes no reminder.
            SetReminderAsync(on: true).Ignore();
        }

        // Kept alive while booths are owed a push: the retry is the only thing that would reach an active booth.
        _deliveryTimer ??= this.RegisterGrainTimer(
            _ => DeliverAsync(),
            new GrainTimerCreationOptions(dueTime, options.Value.DeliveryRetryInterval) { KeepAlive = true });
    }

    private async Task SetReminderAsync(bool on)
    {
        try
        {
            if (on)
            {
                _mayHaveReminder = true;
                await this.RegisterOrUpdateReminder(DeliveryReminder, DeliveryReminderPeriod, DeliveryReminderPeriod);
            }
            else if (_mayHaveReminder)
            {
                if (await this.GetReminder(DeliveryReminder) is { } reminder)
                {
                    await this.UnregisterReminder(reminder);
                }

                _mayHaveReminder = false;
            }
        }
        catch (Exception exception)
        {
            // The timer still retries while the grain lives; the next round of this grain sets the reminder again.
            LogReminderFailed(logger, exception, ExpoId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moderation of expo {ExpoId}: could not set or clear the delivery reminder")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string expoId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moderation of expo {ExpoId}: booth {BoothId} did not take its sanctions; trying again")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, string expoId, string boothId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moderation of expo {ExpoId}: could not store which booths took their sanctions")]
    private static partial void LogDeliveryRecordFailed(ILogger logger, Exception exception, string expoId);
}
