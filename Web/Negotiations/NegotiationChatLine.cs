using Expo.Grains.Models;

namespace Expo.Web.Negotiations;

/// <summary>A line of a negotiation's private chat as the protocol sends it: the message with its negotiation's id.</summary>
public sealed record NegotiationChatLine(
    string NegotiationId, long Sequence, string PartyId, string SenderId, string Text, DateTimeOffset SentAt, string OperationId)
{
    public static NegotiationChatLine From(string negotiationId, NegotiationMessage m) =>
        new(negotiationId, m.Sequence, m.PartyId, m.SenderId, m.Text, m.SentAt, m.OperationId);
}
