using Expo.Grains.Models;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Sessions;

/// <summary>
/// Tells every Web node of ended sessions; a node that missed one while the relay moved learns it from its own
/// re-check of the visitor's standing.
/// </summary>
public sealed class SessionRevocationRelayGrain(ExpoClock clock, IOptions<PresenceOptions> presence)
    : NodeRelayGrain<ISessionRevocationObserver>(clock, presence), ISessionRevocationRelayGrain
{
    public Task RelayAsync(SessionStanding standing) => RelayToNodesAsync(o => o.OnSessionsRevokedAsync(standing));
}
