using Expo.Grains.Models;

namespace Expo.Web.Negotiations;

/// <summary>What <c>OpenNegotiation</c> returns: the negotiation as its parties see it and its latest chat lines.</summary>
public sealed record NegotiationRoom(NegotiationView Negotiation, IReadOnlyList<NegotiationChatLine> Messages)
{
    public const int LatestMessages = 50;
}
