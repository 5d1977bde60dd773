using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>
/// Carries ended sessions to every Web node, so each refuses them and closes their hub connections at once rather than
/// when its cache lapses. One relay for the cluster (<see cref="SessionRules.RelayKey"/>): revocations are rare events.
/// </summary>
[Alias("expo.ISessionRevocationRelayGrain")]
public interface ISessionRevocationRelayGrain : IGrainWithStringKey
{
    /// <summary>Adds or renews the node's subscription, which lapses unless renewed like a booth subscription.</summary>
    [Alias("subscribe")]
    Task SubscribeAsync(string webNodeId, ISessionRevocationObserver observer);

    [Alias("unsubscribe")]
    Task UnsubscribeAsync(string webNodeId);

    /// <summary>
    /// Completes when every subscribed node has applied the standing, or after <see cref="SessionRules.RelayPatience"/>
    /// (a node that has not answered by then learns it from its own re-check). Revocations interleave: none waits on
    /// another's slow node.
    /// </summary>
    [AlwaysInterleave, Alias("relay")]
    Task RelayAsync(SessionStanding standing);
}
