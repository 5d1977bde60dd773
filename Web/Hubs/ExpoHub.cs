using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Hosting;
using Expo.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Hubs;

/// <summary>
/// The real-time protocol v1 (see docs/api.md). Thin on purpose: it checks input, keeps the connection's booth
/// and group, and leaves the rules to the booth grain, which checks them again.
/// </summary>
[Authorize]
public sealed partial class ExpoHub(
    IClusterClient cluster, BoothSubscriptions subscriptions, ExpoCatalog catalog, ChatRateLimits rateLimits, WebNode node, ChatLineEffects effects)
    : Hub<IExpoClient>
{
    public static string BoothGroup(string boothId) => $"booth:{boothId}";

    public async Task<BoothSnapshot> EnterBooth(string boothId)
    {
        await catalog.RequireBoothAsync(boothId);
        var visitor = Context.User.ToVisitor();
        if (subscriptions.BoothOf(Context.ConnectionId) is { } previous && previous != boothId)
        {
            await LeaveCoreAsync(previous);
        }

        await subscriptions.AttachAsync(Context.ConnectionId, boothId, visitor);
        await Groups.AddToGroupAsync(Context.ConnectionId, BoothGroup(boothId));
        BoothSnapshot snapshot;
        try
        {
            snapshot = await EnterOrQueueAsync(boothId, visitor);
        }
        catch (ExpoException)
        {
            // Refused (a ban): the connection is not in the booth, so it hears nothing from it.
            subscriptions.Detach(Context.ConnectionId, boothId);
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, BoothGroup(boothId));
            throw;
        }

        if (snapshot.QueuePosition is null)
        {
            subscriptions.MarkInside(Context.ConnectionId, boothId);
            return snapshot;
        }

        return await StayQueuedAsync(boothId, visitor, snapshot);
    }

    public async Task LeaveBooth(string boothId)
    {
        ExpoRules.RequireBoothId(boothId);
        if (subscriptions.BoothOf(Context.ConnectionId) == boothId)
        {
            await LeaveCoreAsync(boothId);
        }
    }

    public async Task<long> SendChat(string boothId, string clientMessageId, string text)
    {
        await catalog.RequireBoothAsync(boothId);
        ExpoRules.RequireClientMessageId(clientMessageId);
        text = ExpoRules.RequireChatText(text);
        var visitor = Context.User.ToVisitor();
        if (subscriptions.BoothOf(Context.ConnectionId) != boothId || subscriptions.IsQueued(Context.ConnectionId, boothId))
        {
            throw ExpoException.Invalid("Enter the booth before chatting in it.");
        }

        rateLimits.Acquire(Context);
        var fromOrganiser = Context.User!.IsOrganiser();
        var message = await GrainCalls.TimeAsync("booth.send-chat", () => Booth(boothId).SendChatAsync(visitor, clientMessageId, text, fromOrganiser));
        effects.ChatStored(Context.User, boothId, clientMessageId, text);
        return message.Sequence;
    }

    public async Task<IReadOnlyList<ChatMessage>> ChatSince(string boothId, long afterSequence)
    {
        await catalog.RequireBoothAsync(boothId);
        if (afterSequence < 0)
        {
            throw ExpoException.Invalid("afterSequence is 0 or more.");
        }

        var readerId = Context.User.ToVisitor().VisitorId;
        return await Booth(boothId).ChatSinceAsync(afterSequence, readerId);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (subscriptions.BoothOf(Context.ConnectionId) is { } queuedAt && subscriptions.IsQueued(Context.ConnectionId, queuedAt))
        {
            // A queued place outlives its connection by the lease, so a visitor who reconnects keeps it.
            subscriptions.Detach(Context.ConnectionId, queuedAt);
        }
        else if (subscriptions.BoothOf(Context.ConnectionId) is { } boothId)
        {
            // Best effort: if the booth cannot be told now, the connection's lease runs out instead.
            try
            {
                await LeaveCoreAsync(boothId);
            }
            catch (Exception)
            {
                subscriptions.Detach(Context.ConnectionId, boothId);
            }
        }

        LeaveNegotiationFeeds();
        LeaveAgendaFeeds();
        await base.OnDisconnectedAsync(exception);
    }

    private async Task LeaveCoreAsync(string boothId)
    {
        subscriptions.Detach(Context.ConnectionId, boothId);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, BoothGroup(boothId));
        await Booth(boothId).LeaveAsync(Context.ConnectionId);
    }

    private IBoothGrain Booth(string boothId) => cluster.GetGrain<IBoothGrain>(boothId);
}
