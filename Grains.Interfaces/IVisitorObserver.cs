using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>A Web node's single subscription to a visitor it has connections of: the reminders of their plan.</summary>
[Alias("expo.IVisitorObserver")]
public interface IVisitorObserver : IGrainObserver
{
    [OneWay, Alias("session-reminder")]
    Task OnSessionReminderAsync(SessionReminder reminder);
}
