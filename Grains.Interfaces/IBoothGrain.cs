using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>One exhibitor's booth: its profile, who is in it now (by lease), and its chat, in sequence order.</summary>
[Alias("expo.IBoothGrain")]
public interface IBoothGrain : IGrainWithStringKey
{
    [Alias("seed")]
    Task SeedAsync(string expoId, BoothProfile profile);

    /// <summary>The profile visitors see (the staff's edit, once there is one); null for a booth that does not exist.</summary>
    [AlwaysInterleave, ReadOnly, Alias("profile")]
    Task<BoothProfile?> GetProfileAsync();

    /// <summary>The expo the booth was seeded into; null for a booth that does not exist.</summary>
    [AlwaysInterleave, ReadOnly, Alias("expo-id")]
    Task<string?> GetExpoIdAsync();

    [Alias("count")]
    Task<int> GetCountAsync();

    /// <summary>Adds or renews the Web node's subscription; events reach it once each, whatever its connection count.</summary>
    [Alias("subscribe")]
    Task SubscribeAsync(string webNodeId, IBoothObserver observer);

    [Alias("unsubscribe")]
    Task UnsubscribeAsync(string webNodeId);

    [Alias("enter")]
    Task<BoothSnapshot> EnterAsync(string connectionId, VisitorRef visitor);

    [Alias("leave")]
    Task LeaveAsync(string connectionId);

    /// <summary>Renews the leases of a Web node's connections (re-adding any the booth lost) and its subscription.</summary>
    [Alias("renew")]
    Task RenewAsync(string webNodeId, IBoothObserver observer, IReadOnlyList<BoothConnection> connections);

    /// <summary>Stores the line, then returns it; lines sent while a write is in flight share the next write.</summary>
    /// <summary>
    /// <paramref name="fromOrganiser"/> comes from the sender's session (never from what the client sends) and puts the
    /// organiser badge on the line; the staff badge comes from the booth's own staff list. With
    /// <paramref name="afterClientMessageId"/> (the sender's line sent just before, still unanswered) the line is appended
    /// after that one, however the two calls travel.
    /// </summary>
    [AlwaysInterleave, Alias("send-chat")]
    Task<ChatMessage> SendChatAsync(VisitorRef sender, string clientMessageId, string text, bool fromOrganiser = false, string? afterClientMessageId = null);

    /// <summary>
    /// Lines from the connections of one Web node, appended in the order given (each checked as
    /// <see cref="SendChatAsync"/> checks it alone) and stored together before the call returns. Each line gets its own
    /// result; a refused line changes nothing and holds back none of the others. 1 to <see cref="ExpoRules.ChatSendsPerCall"/> lines.
    /// </summary>
    [AlwaysInterleave, Alias("send-chat-batch")]
    Task<IReadOnlyList<ChatSendResult>> SendChatBatchAsync(IReadOnlyList<ChatSend> sends);

    /// <summary>Lines after the sequence; a reader banned here (or expo-wide) is refused. Without a reader: the grains' own reads.</summary>
    [AlwaysInterleave, Alias("chat-since")]
    Task<IReadOnlyList<ChatMessage>> ChatSinceAsync(long afterSequence, string? readerId = null);

    [Alias("stats")]
    Task<BoothStats> GetStatsAsync();

    /// <summary>The staff who are in the booth now; anyone may ask.</summary>
    [Alias("staff-online")]
    Task<IReadOnlyList<VisitorRef>> GetStaffOnlineAsync();

    /// <summary>Everyone in the booth now and since when, for the booth's staff.</summary>
    [Alias("attendees")]
    Task<IReadOnlyList<BoothAttendee>> GetAttendeesAsync(string actorId);

    /// <summary>A staff member invites a visitor who is in the booth now to chat.</summary>
    [Alias("invite-to-chat")]
    Task<ChatInvitation> InviteToChatAsync(string actorId, string visitorId);

    /// <summary>
    /// Lets the connection in, or queues it when the booth is at its cap (the snapshot then carries its place). Staff
    /// always get in; a visitor already inside or already queued keeps that, so nobody holds two places.
    /// </summary>
    [Alias("enter-or-queue")]
    Task<BoothSnapshot> EnterOrQueueAsync(string webNodeId, string connectionId, VisitorRef visitor);

    /// <summary>The cap, how full the booth is and how many wait; anyone may ask.</summary>
    [Alias("capacity")]
    Task<BoothCapacity> GetCapacityAsync();

    /// <summary>Removes a stored line for everyone, durably; booth staff and organisers only. Removing it again changes nothing.</summary>
    [Alias("remove-chat")]
    Task<ChatRemoval> RemoveChatMessageAsync(string actorId, long sequence);

    /// <summary>The moderation grain's sanctions in force here; a ban takes the visitor out of the booth at once.</summary>
    [Alias("apply-sanctions")]
    Task ApplySanctionsAsync(BoothSanctions sanctions);

    /// <summary>
    /// Refuses a visitor banned here or expo-wide (<c>banned</c>), or, when <paramref name="speaking"/>, muted
    /// (<c>muted</c>): the grains beside the booth (leads, negotiations) ask before acting for them. Memory only.
    /// </summary>
    [AlwaysInterleave, ReadOnly, Alias("check-standing")]
    Task CheckStandingAsync(string visitorId, bool speaking);

    /// <summary>
    /// The staff grain's stored view of the staff, the cap and the edited profile, pushed on every change; an older
    /// view than the one held changes nothing. Returns the cap as it now stands. Runs beside other calls, so a staff
    /// change never waits behind chat (its body never awaits).
    /// </summary>
    [AlwaysInterleave, Alias("apply-staff")]
    Task<BoothCapacity> ApplyStaffAsync(BoothStaffView view);
}
