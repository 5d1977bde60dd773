using Expo.Grains;
using Expo.Web.Services;
using Microsoft.Extensions.Options;

namespace Expo.Web.Agenda;

/// <summary>Renews the node's session Q&amp;A and visitor subscriptions like the booth subscriptions, and lets go of them on shutdown.</summary>
internal sealed class AgendaFeedRenewal(AgendaFeeds feeds, IOptions<PresenceOptions> options) : RenewalLoop(options, options.Value.RenewInterval)
{
    protected override Task<int> RenewAllAsync() => feeds.RenewAllAsync();

    protected override Task UnsubscribeAllAsync() => feeds.UnsubscribeAllAsync();
}
