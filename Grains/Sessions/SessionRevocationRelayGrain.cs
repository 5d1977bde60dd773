using Expo.Grains.Models;
using Expo.Grains.Negotiations;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Sessions;

/// <summary>
/// Holds the Web nodes in memory only: they renew their subscriptions every few seconds, so a new activation knows
/// them all again within one renewal interval, and a node that missed a revocation meanwhile learns it from its cache.
/// </summary>
public sealed class SessionRevocationRelayGrain(ExpoClock clock, IOptions<PresenceOptions> presence) : Grain, ISessionRevocationRelayGrain
{
    private readonly NodeSubscribers<ISessionRevocationObserver> _nodes = new(presence.Value.LeaseDuration);

    public Task SubscribeAsync(string webNodeId, ISessionRevocationObserver observer)
    {
        _nodes.Subscribe(webNodeId, observer, clock.UtcNow);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(string webNodeId)
    {
        _nodes.Unsubscribe(webNodeId);
        return Task.CompletedTask;
    }

    public Task RelayAsync(SessionStanding standing)
    {
        _nodes.Notify(o => o.OnSessionsRevokedAsync(standing), clock.UtcNow);
        return Task.CompletedTask;
    }
}
