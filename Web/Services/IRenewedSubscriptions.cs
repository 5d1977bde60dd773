namespace Expo.Web.Services;

/// <summary>Subscriptions of this node to grains, which forget them unless the node renews them (see <see cref="SubscriptionRenewal"/>).</summary>
public interface IRenewedSubscriptions
{
    /// <summary>One round over every subscription; returns how many could not be renewed.</summary>
    Task<int> RenewAllAsync();

    /// <summary>Drops every subscription, for a clean shutdown.</summary>
    Task UnsubscribeAllAsync();
}
