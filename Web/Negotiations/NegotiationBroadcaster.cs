using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Hubs;
using Expo.Web.Live;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Negotiations;

/// <summary>
/// The node's one observer of every negotiation, inbox and signing wall it listens to: each event arrives once and
/// goes to the local group of that negotiation, that user, or everyone.
/// </summary>
internal sealed class NegotiationBroadcaster(IHubContext<ExpoHub, IExpoClient> hub, LiveFeed live)
    : INegotiationObserver, IInboxObserver, ISigningWallObserver
{
    public Task OnChangedAsync(NegotiationChanged change) =>
        hub.Clients.Group(ExpoHub.NegotiationGroup(change.NegotiationId)).NegotiationChanged(change);

    public Task OnMessageAsync(string negotiationId, NegotiationMessage message) =>
        hub.Clients.Group(ExpoHub.NegotiationGroup(negotiationId)).NegotiationMessage(NegotiationChatLine.From(negotiationId, message));

    public Task OnInboxChangedAsync(InboxChanged change) =>
        hub.Clients.Group(ExpoHub.UserGroup(change.UserId)).InboxChanged(change);

    public Task OnAgreementSignedAsync(SignedAgreement agreement, NegotiationCounts counts)
    {
        var signed = new AgreementSignedEvent(agreement, counts.Signed);
        live.PublishAgreement(signed);
        return Task.WhenAll(
            hub.Clients.All.AgreementSigned(signed),
            hub.Clients.Group(ExpoHub.OrganiserGroup).NegotiationCountsChanged(counts));
    }

    public Task OnCountsChangedAsync(NegotiationCounts counts) =>
        hub.Clients.Group(ExpoHub.OrganiserGroup).NegotiationCountsChanged(counts);
}
