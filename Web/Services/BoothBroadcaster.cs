using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Hubs;
using Expo.Web.Telemetry;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Services;

/// <summary>The node's one observer of every booth it has visitors in: each event arrives once and goes to the booth's local group.</summary>
internal sealed class BoothBroadcaster(
    IHubContext<ExpoHub, IExpoClient> hub,
    Func<string, int> localConnections,
    Action<BoothProfile> profileChanged,
    Func<BoothAdmission, Task> admitted,
    Func<BoothQueueUpdate, Task> queueMoved,
    Func<RemovedFromBooth, Task> evict,
    Func<MuteChanged, Task> muteChanged) : IBoothObserver
{
    public async Task OnChatAsync(IReadOnlyList<ChatMessage> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var boothId = lines[0].BoothId;
        ExpoWebMetrics.BoothEvents.Add(1);
        ExpoWebMetrics.ChatDeliveries.Add((long)lines.Count * localConnections(boothId));

        // One event per write to each connection that takes batches. A group send serialises its message once per
        // protocol and hands the same bytes to every connection, so the batch is encoded once per write here.
        await hub.Clients.Group(ExpoHub.BoothBatchGroup(boothId)).ChatBatch(new ChatBatch(boothId, lines));
        var v1 = hub.Clients.Group(ExpoHub.BoothGroup(boothId));
        foreach (var line in lines)
        {
            await v1.ChatMessage(line);
        }
    }

    public Task OnPresenceAsync(PresenceChanged change)
    {
        ExpoWebMetrics.BoothEvents.Add(1);
        ExpoWebMetrics.PresenceDeliveries.Add(localConnections(change.BoothId));
        return hub.Clients.Groups(ExpoHub.BoothGroups(change.BoothId)).PresenceChanged(change);
    }

    public Task OnProfileAsync(BoothProfile profile)
    {
        ExpoWebMetrics.BoothEvents.Add(1);
        profileChanged(profile);
        return hub.Clients.Groups(ExpoHub.BoothGroups(profile.Id)).BoothProfileChanged(profile);
    }

    /// <summary>Only the invited visitor's connections hear of it; each node that has the booth reaches its own.</summary>
    public Task OnChatInvitationAsync(ChatInvitation invitation) =>
        hub.Clients.User(invitation.VisitorId).ChatInvitation(invitation);

    public Task OnAdmittedAsync(BoothAdmission admission)
    {
        ExpoWebMetrics.BoothEvents.Add(1);
        return admitted(admission);
    }

    public Task OnQueueAsync(BoothQueueUpdate update)
    {
        ExpoWebMetrics.BoothEvents.Add(1);
        return queueMoved(update);
    }

    public Task OnChatRemovedAsync(ChatMessageRemoved removed)
    {
        ExpoWebMetrics.BoothEvents.Add(1);
        return hub.Clients.Groups(ExpoHub.BoothGroups(removed.BoothId)).ChatMessageRemoved(removed);
    }

    public Task OnRemovedFromBoothAsync(RemovedFromBooth removed) => evict(removed);

    public Task OnMuteChangedAsync(MuteChanged change) => muteChanged(change);
}
