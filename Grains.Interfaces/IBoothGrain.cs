using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>One exhibitor's booth: its profile, who is in it now (by lease), and its chat, in sequence order.</summary>
[Alias("expo.IBoothGrain")]
public interface IBoothGrain : IGrainWithStringKey
{
    [Alias("seed")]
    Task SeedAsync(string expoId, BoothProfile profile);

    [Alias("profile")]
    Task<BoothProfile?> GetProfileAsync();

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

    /// <summary>Replaces the editable profile; only the booth's staff may. A repeated operation id changes nothing.</summary>
    [Alias("update-profile")]
    Task<BoothProfile> UpdateProfileAsync(string actorId, string operationId, BoothProfileEdit edit);

    /// <summary>An owner invitation needs an organiser; a member invitation the booth's owner or an organiser.</summary>
    [Alias("create-invitation")]
    Task<BoothInvitation> CreateInvitationAsync(string actorId, string operationId, string role, TimeSpan validFor);

    /// <summary>The invitation behind a secret while it can still be accepted; <c>invalid_input</c> otherwise.</summary>
    [Alias("check-invitation")]
    Task<BoothInvitation> CheckInvitationAsync(string secret);

    /// <summary>Puts the registered visitor on the staff; accepting the same invitation again returns the same place.</summary>
    [Alias("accept-invitation")]
    Task<BoothStaffMember> AcceptInvitationAsync(string secret, string visitorId);

    /// <summary>The staff, for the booth's own staff and organisers.</summary>
    [Alias("staff")]
    Task<IReadOnlyList<BoothStaffMember>> GetStaffAsync(string actorId);

    /// <summary>An owner removes members; an organiser removes anyone.</summary>
    [Alias("remove-staff")]
    Task RemoveStaffAsync(string actorId, string operationId, string visitorId);

    /// <summary>The booth as a negotiating party: its staff are the members, its owners the signatories.</summary>
    [Alias("negotiation-party")]
    Task<NegotiationParty> GetNegotiationPartyAsync();

    /// <summary>The visitor's role on this booth's staff, or null; other booth grains ask it before letting staff act.</summary>
    [Alias("staff-role")]
    Task<string?> GetStaffRoleAsync(string visitorId);

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

    /// <summary>Sets or (with null) clears the cap; the booth's staff and organisers may. A repeated operation id changes nothing.</summary>
    [Alias("set-capacity")]
    Task<BoothCapacity> SetCapacityAsync(string actorId, string operationId, int? capacity);

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
}
