using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Negotiations;
using Expo.Web.Services;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Hubs;

/// <summary>
/// Negotiations on the hub: a signed-in user's connection hears their inbox, an organiser's the counts, and an open
/// negotiation room its changes and private chat. The negotiation grain checks every party rule again.
/// </summary>
public sealed partial class ExpoHub
{
    public const string OrganiserGroup = "organisers";

    public static string NegotiationGroup(string negotiationId) => $"negotiation:{negotiationId}";

    public static string UserGroup(string userId) => $"user:{userId}";

    private NegotiationFeeds Feeds => Context.GetHttpContext()!.RequestServices.GetRequiredService<NegotiationFeeds>();

    public override async Task OnConnectedAsync()
    {
        Context.Items[typeof(NegotiationFeeds)] = Feeds;
        await AttachPlanRemindersAsync();
        if (Context.User?.FindFirst(ExpoClaims.Email) is not null)
        {
            var userId = Context.User.ToVisitor().VisitorId;
            await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(userId));
            if (Context.User.IsOrganiser())
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, OrganiserGroup);
            }

            // Best effort: a cluster that does not answer now is tried again by the next renewal round.
            try
            {
                await Feeds.Inboxes.AttachAsync(userId, Context.ConnectionId);
            }
            catch (Exception)
            {
                Feeds.Inboxes.Detach(userId, Context.ConnectionId);
            }
        }

        await base.OnConnectedAsync();
    }

    /// <summary>Opens the negotiation room: the negotiation and its latest chat lines, then its live events.</summary>
    public async Task<NegotiationRoom> OpenNegotiation(string negotiationId)
    {
        var actorId = Context.User!.RequireAccount();
        NegotiationRules.RequireNegotiationId(negotiationId);
        var negotiation = await Negotiation(negotiationId).GetAsync(actorId);
        await Feeds.Negotiations.AttachAsync(negotiationId, Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, NegotiationGroup(negotiationId));
        var after = Math.Max(0, negotiation.LastMessageSequence - NegotiationRoom.LatestMessages);
        var messages = await Negotiation(negotiationId).MessagesSinceAsync(actorId, after);
        return new NegotiationRoom(negotiation, [.. messages.Select(m => NegotiationChatLine.From(negotiationId, m))]);
    }

    public async Task CloseNegotiation(string negotiationId)
    {
        NegotiationRules.RequireNegotiationId(negotiationId);
        Feeds.Negotiations.Detach(negotiationId, Context.ConnectionId);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, NegotiationGroup(negotiationId));
    }

    public async Task<long> SendNegotiationMessage(string negotiationId, string operationId, string text)
    {
        var actorId = Context.User!.RequireAccount();
        NegotiationRules.RequireNegotiationId(negotiationId);
        NegotiationRules.RequireOperationId(operationId);
        NegotiationRules.RequireText(text, ExpoRules.MaxChatTextLength, "A message");
        rateLimits.Acquire(Context);
        var receipt = await Negotiation(negotiationId).PostMessageAsync(actorId, operationId, text);
        return receipt.MessageSequence;
    }

    public async Task<IReadOnlyList<NegotiationChatLine>> NegotiationMessagesSince(string negotiationId, long afterSequence)
    {
        var actorId = Context.User!.RequireAccount();
        NegotiationRules.RequireNegotiationId(negotiationId);
        if (afterSequence < 0)
        {
            throw ExpoException.Invalid("afterSequence is 0 or more.");
        }

        var messages = await Negotiation(negotiationId).MessagesSinceAsync(actorId, afterSequence);
        return [.. messages.Select(m => NegotiationChatLine.From(negotiationId, m))];
    }

    private void LeaveNegotiationFeeds()
    {
        // Kept from the connection's start: a closed connection's request may be gone by now.
        if (Context.Items.TryGetValue(typeof(NegotiationFeeds), out var kept) && kept is NegotiationFeeds feeds)
        {
            feeds.Negotiations.DetachAll(Context.ConnectionId);
            feeds.Inboxes.DetachAll(Context.ConnectionId);
        }
    }

    private INegotiationGrain Negotiation(string negotiationId) => cluster.GetGrain<INegotiationGrain>(negotiationId);
}
