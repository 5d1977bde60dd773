using Expo.Grains.Models;
using Expo.Web.Negotiations;

namespace Expo.Web.Hubs;

/// <summary>Server events of the public protocol; the names are the wire names.</summary>
public interface IExpoClient
{
    Task ChatMessage(ChatMessage message);

    /// <summary>The lines of one booth write, in sequence order, to connections that enabled <c>chatBatches</c> (instead of <see cref="ChatMessage"/>).</summary>
    Task ChatBatch(ChatBatch batch);

    Task PresenceChanged(PresenceChanged change);

    /// <summary>The booth's staff changed its profile; the argument is the whole new profile.</summary>
    Task BoothProfileChanged(BoothProfile booth);

    /// <summary>An organiser published or withdrew an announcement; the argument is the whole current board.</summary>
    Task AnnouncementsChanged(AnnouncementBoard board);

    /// <summary>A negotiation the connection has open stored a change; the client reads it again if it needs more.</summary>
    Task NegotiationChanged(NegotiationChanged change);

    /// <summary>A line of the private chat of a negotiation the connection has open (the sender's own too).</summary>
    Task NegotiationMessage(NegotiationChatLine message);

    /// <summary>The signed-in user's inbox changed: a negotiation of theirs moved on, or the badge count did.</summary>
    Task InboxChanged(InboxChanged change);

    /// <summary>An agreement went up on the signing wall; to every connection at the expo.</summary>
    Task AgreementSigned(AgreementSignedEvent signed);

    /// <summary>The organiser counts of negotiations changed; to organisers' connections.</summary>
    Task NegotiationCountsChanged(NegotiationCounts counts);

    /// <summary>A member of the booth's staff invites this visitor, who is in the booth, to chat.</summary>
    Task ChatInvitation(ChatInvitation invitation);

    /// <summary>This connection waited in the booth's queue and is now inside; the argument is the entry snapshot.</summary>
    Task BoothAdmitted(BoothSnapshot snapshot);

    /// <summary>This connection's place in the booth's queue changed, or the line behind it did.</summary>
    Task QueuePositionChanged(QueuePosition position);

    /// <summary>A question of a session the connection has open was asked, voted on, answered or hidden.</summary>
    Task QuestionChanged(QuestionChanged change);

    /// <summary>A session in the visitor's plan starts soon; to every connection of that visitor, once per session.</summary>
    Task SessionReminder(SessionReminder reminder);

    /// <summary>A moderator removed a chat line of the booth; the client drops the line with that sequence.</summary>
    Task ChatMessageRemoved(ChatMessageRemoved removed);

    /// <summary>A ban took this visitor out of the booth; the connection is no longer in it.</summary>
    Task RemovedFromBooth(RemovedFromBooth removed);

    /// <summary>This visitor was muted in the booth, or their mute ended; the client closes or opens its chat box.</summary>
    Task MuteChanged(MuteChanged change);
}
