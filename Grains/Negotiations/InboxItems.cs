using Expo.Grains.Models;

namespace Expo.Grains.Negotiations;

/// <summary>What a negotiation waits for from each of its users right now: at most one item each.</summary>
internal static class InboxItems
{
    public static IEnumerable<(string UserId, InboxItem? Item)> For(string negotiationId, NegotiationState s)
    {
        foreach (var party in s.Parties)
        {
            foreach (var user in party.Members)
            {
                var kind = KindFor(s, party, user);
                yield return (user, kind is null ? null : new InboxItem(
                    negotiationId, s.ExpoId, kind, s.Versions.Count > 0 ? s.Versions[^1].Terms.Subject : s.Subject,
                    party.PartyId, s.Versions.Count, s.UpdatedAt));
            }
        }
    }

    private static string? KindFor(NegotiationState s, NegotiationParty party, string user) => s.Status switch
    {
        NegotiationStatus.Requested when party.PartyId != s.RequestedBy && !s.RequestAcceptedBy.Contains(party.PartyId) => InboxKinds.Request,
        NegotiationStatus.Offered when !s.AcceptedBy.Contains(party.PartyId) => InboxKinds.Offer,
        NegotiationStatus.Agreed when party.Signatories.Contains(user) && s.Signatures.All(x => x.PartyId != party.PartyId) => InboxKinds.Signature,
        _ => null,
    };
}
