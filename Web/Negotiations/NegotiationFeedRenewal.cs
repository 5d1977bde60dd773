using Expo.Grains;
using Expo.Web.Services;
using Microsoft.Extensions.Options;

namespace Expo.Web.Negotiations;

/// <summary>
/// Subscribes to the signing wall as soon as the cluster answers (the first round runs at once), and renews every
/// negotiation, inbox and wall subscription like the booth subscriptions.
/// </summary>
internal sealed class NegotiationFeedRenewal(NegotiationFeeds feeds, IOptions<PresenceOptions> options)
    : RenewalLoop(options, TimeSpan.Zero)
{
    protected override Task<int> RenewAllAsync() => feeds.RenewAllAsync();

    protected override Task UnsubscribeAllAsync() => feeds.UnsubscribeAllAsync();
}
