using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>A Web node's single subscription to a booth; it fans each event out to its own connections in that booth.</summary>
[Alias("expo.IBoothObserver")]
public interface IBoothObserver : IGrainObserver
{
    /// <summary>Lines stored by one write, in sequence order.</summary>
    [OneWay, Alias("chat-lines")]
    Task OnChatAsync(IReadOnlyList<ChatMessage> lines);

    [OneWay, Alias("presence")]
    Task OnPresenceAsync(PresenceChanged change);

    /// <summary>The booth's staff changed its profile.</summary>
    [OneWay, Alias("profile")]
    Task OnProfileAsync(BoothProfile profile);

    /// <summary>A staff member invited a visitor in the booth to chat; the node tells that visitor's connections.</summary>
    [OneWay, Alias("chat-invitation")]
    Task OnChatInvitationAsync(ChatInvitation invitation);

    /// <summary>The head of a full booth's queue got in; the node moves those of its connections into the booth.</summary>
    [OneWay, Alias("admitted")]
    Task OnAdmittedAsync(BoothAdmission admission);

    /// <summary>The queue moved; the places of this node's queued connections only.</summary>
    [OneWay, Alias("queue")]
    Task OnQueueAsync(BoothQueueUpdate update);

    /// <summary>A moderator removed a chat line; the node tells every connection in the booth.</summary>
    [OneWay, Alias("chat-removed")]
    Task OnChatRemovedAsync(ChatMessageRemoved removed);

    /// <summary>A ban took a visitor out of the booth; the node drops that visitor's connections from the booth.</summary>
    [OneWay, Alias("removed-from-booth")]
    Task OnRemovedFromBoothAsync(RemovedFromBooth removed);

    /// <summary>A visitor in the booth was muted or their mute ended; the node tells that visitor's connections in the booth.</summary>
    [OneWay, Alias("mute-changed")]
    Task OnMuteChangedAsync(MuteChanged change);
}
