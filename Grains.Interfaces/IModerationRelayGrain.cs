using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>
/// Carries expo-wide bans to the Web nodes of one expo, keyed by expo id, so each closes the banned person's hub
/// connections wherever they are (in a booth or not). Each node subscribes once; bans are rare, so one relay per expo
/// is no hot spot.
/// </summary>
[Alias("expo.IModerationRelayGrain")]
public interface IModerationRelayGrain : IGrainWithStringKey
{
    /// <summary>Adds or renews the node's subscription, which lapses unless renewed like a booth subscription.</summary>
    [Alias("subscribe")]
    Task SubscribeAsync(string webNodeId, IModerationObserver observer);

    [Alias("unsubscribe")]
    Task UnsubscribeAsync(string webNodeId);

    /// <summary>Passes the ban to every subscribed node.</summary>
    [OneWay, Alias("relay-ban")]
    Task RelayBanAsync(VisitorBanned banned);
}
