using Expo.Grains;
using Expo.Web.Services;
using Microsoft.Extensions.Options;

namespace Expo.Web.Agenda;

/// <summary>
/// Renews the node's session Q&amp;A subscriptions and its reminder relay subscription like the booth subscriptions,
/// and lets go of them on shutdown. The first round runs at start, so the node hears reminders from its first moment.
/// </summary>
internal sealed class AgendaFeedRenewal(AgendaFeeds feeds, IOptions<PresenceOptions> options) : RenewalLoop(options, TimeSpan.Zero)
{
    protected override Task<int> RenewAllAsync() => feeds.RenewAllAsync();

    protected override Task UnsubscribeAllAsync() => feeds.UnsubscribeAllAsync();
}
