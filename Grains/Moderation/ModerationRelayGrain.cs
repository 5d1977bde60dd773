using Expo.Grains.Models;
using Expo.Grains.Negotiations;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Moderation;

/// <summary>
/// Holds the expo's Web nodes in memory only: they renew their subscriptions every few seconds, so a new activation
/// knows them all again within one renewal interval.
/// </summary>
public sealed class ModerationRelayGrain(ExpoClock clock, IOptions<PresenceOptions> presence) : Grain, IModerationRelayGrain
{
    private readonly NodeSubscribers<IModerationObserver> _nodes = new(presence.Value.LeaseDuration);

    public Task SubscribeAsync(string webNodeId, IModerationObserver observer)
    {
        _nodes.Subscribe(webNodeId, observer, clock.UtcNow);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(string webNodeId)
    {
        _nodes.Unsubscribe(webNodeId);
        return Task.CompletedTask;
    }

    public Task RelayBanAsync(VisitorBanned banned)
    {
        _nodes.Notify(o => o.OnVisitorBannedAsync(banned), clock.UtcNow);
        return Task.CompletedTask;
    }
}
