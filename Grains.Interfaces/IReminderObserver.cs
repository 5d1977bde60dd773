using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>A Web node's single subscription to its expo's <see cref="IReminderRelayGrain"/>: plan reminders for the visitors it holds.</summary>
[Alias("expo.IReminderObserver")]
public interface IReminderObserver : IGrainObserver
{
    [OneWay, Alias("session-reminder")]
    Task OnSessionReminderAsync(SessionReminder reminder);
}
