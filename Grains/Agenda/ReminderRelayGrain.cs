using Expo.Grains.Models;
using Expo.Grains.Negotiations;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Agenda;

/// <summary>
/// Holds the expo's Web nodes in memory only: they renew their subscriptions every few seconds, so a new activation
/// knows them all again within one renewal interval.
/// </summary>
public sealed class ReminderRelayGrain(ExpoClock clock, IOptions<PresenceOptions> presence) : Grain, IReminderRelayGrain
{
    private readonly NodeSubscribers<IReminderObserver> _nodes = new(presence.Value.LeaseDuration);

    public Task SubscribeAsync(string webNodeId, IReminderObserver observer)
    {
        _nodes.Subscribe(webNodeId, observer, clock.UtcNow);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(string webNodeId)
    {
        _nodes.Unsubscribe(webNodeId);
        return Task.CompletedTask;
    }

    public Task RelayAsync(SessionReminder reminder)
    {
        _nodes.Notify(o => o.OnSessionReminderAsync(reminder), clock.UtcNow);
        return Task.CompletedTask;
    }
}
