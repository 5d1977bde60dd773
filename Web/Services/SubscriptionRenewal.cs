using Expo.Grains;
using Microsoft.Extensions.Options;

namespace Expo.Web.Services;

/// <summary>Renews this node's leases and booth subscriptions, first one renewal interval after start.</summary>
internal sealed class SubscriptionRenewal(BoothSubscriptions subscriptions, IOptions<PresenceOptions> options)
    : RenewalLoop(options, options.Value.RenewInterval)
{
    protected override Task<int> RenewAllAsync() => subscriptions.RenewAllAsync();

    protected override Task UnsubscribeAllAsync() => subscriptions.UnsubscribeAllAsync();
}
