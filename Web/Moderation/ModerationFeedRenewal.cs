using Expo.Grains;
using Expo.Web.Services;
using Microsoft.Extensions.Options;

namespace Expo.Web.Moderation;

/// <summary>Renews the node's moderation relay subscription like its other subscriptions; the first round runs at start.</summary>
internal sealed class ModerationFeedRenewal(ModerationFeed feed, IOptions<PresenceOptions> options) : RenewalLoop(options, TimeSpan.Zero)
{
    protected override Task<int> RenewAllAsync() => feed.RenewAsync();

    protected override Task UnsubscribeAllAsync() => feed.UnsubscribeAsync();
}
