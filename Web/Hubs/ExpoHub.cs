using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Hosting;
using Expo.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Hubs;

/// <summary>
/// The real-time protocol v1 (see docs/api.md). Thin on purpose: it checks input, keeps the connection's booth
/// and group, and leaves the rules to the booth grain, which checks them again.
/// </summary>
[Authorize]
public sealed partial class ExpoHub(
    IClusterClient cluster, BoothSubscriptions subscriptions, ExpoCatalog catalog, ChatRateLimits rateLimits, WebNode node, ChatLineEffects effects,
    HubFeatures hubFeatures, BoothChatOutbox outbox, IOptions<ExpoHubOptions> hubOptions)
    : Hub<IExpoClient>
{
    /// <summary>The booth's connections that take one <c>ChatMessage</c> per line (protocol v1).</summary>
    public static string BoothGroup(string boothId) => $"booth:{boothId}";

    /// <summary>The booth's connections that enabled <see cref="HubFeatures.ChatBatches"/>: one <c>ChatBatch</c> per write.</summary>
    public static string BoothBatchGroup(string boothId) => $"booth-batches:{boothId}";

    /// <summary>Both groups of a booth, for the events every connection in it gets alike.</summary>
    public static IReadOnlyList<string> BoothGroups(string boothId) => [BoothGroup(boothId), BoothBatchGroup(boothId)];

    /// <summary>Set by <see cref="InvocationOrderFilter"/> on a <c>SendChat</c> that may overlap the connection's next one.</summary>
    internal InvocationTurn? ChatTurn { get; set; }

    public async Task<BoothSnapshot> EnterBooth(string boothId)
    {
        await catalog.RequireBoothAsync(boothId);
        var visitor = Context.User.ToVisitor();
        if (subscriptions.BoothOf(Context.ConnectionId) is { } previous && previous != boothId)
        {
            await LeaveCoreAsync(previous);
        }

        await subscriptions.AttachAsync(Context.ConnectionId, boothId, visitor);
        await Groups.AddToGroupAsync(Context.ConnectionId, MyBoothGroup(boothId));
        BoothSnapshot snapshot;
        try
        {
            snapshot = await EnterOrQueueAsync(boothId, visitor);
        }
        catch (ExpoException)
        {
            // Refused (a ban): the connection is not in the booth, so it hears nothing from it.
            subscriptions.Detach(Context.ConnectionId, boothId);
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, MyBoothGroup(boothId));
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
        var sending = hubOptions.Value.ChatOutbox
            ? outbox.SendAsync(boothId, new ChatSend(visitor, clientMessageId, text, fromOrganiser))
            : Booth(boothId).SendChatAsync(visitor, clientMessageId, text, fromOrganiser, ChatTurn?.After);

        // On its way to the booth: the connection's next line may now follow it, and reaches the booth after it.
        ChatTurn?.Forwarded();
        var message = await sending;
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
        hubFeatures.Forget(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    private async Task LeaveCoreAsync(string boothId)
    {
        subscriptions.Detach(Context.ConnectionId, boothId);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, MyBoothGroup(boothId));
        await Booth(boothId).LeaveAsync(Context.ConnectionId);
    }

    private string MyBoothGroup(string boothId) => hubFeatures.BoothGroupOf(Context.ConnectionId, boothId);

    private IBoothGrain Booth(string boothId) => cluster.GetGrain<IBoothGrain>(boothId);
}
