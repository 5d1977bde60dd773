using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>
/// Carries plan reminders to the Web nodes of one expo, keyed by expo id. Each node subscribes once, however many
/// visitors it holds, and sends a reminder to the connections it has of that visitor. A reminder is a rare event, so
/// one relay per expo is no hot spot, where a subscription per connected visitor would cost every node a renewal
/// call per visitor.
/// </summary>
[Alias("expo.IReminderRelayGrain")]
public interface IReminderRelayGrain : IGrainWithStringKey
{
    /// <summary>Adds or renews the node's subscription, which lapses unless renewed like a booth subscription.</summary>
    [Alias("subscribe")]
    Task SubscribeAsync(string webNodeId, IReminderObserver observer);

    [Alias("unsubscribe")]
    Task UnsubscribeAsync(string webNodeId);

    /// <summary>Passes the reminder to every subscribed node.</summary>
    [OneWay, Alias("relay")]
    Task RelayAsync(SessionReminder reminder);
}
