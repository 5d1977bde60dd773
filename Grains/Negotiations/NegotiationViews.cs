using Expo.Grains.Models;

namespace Expo.Grains.Negotiations;

/// <summary>The shapes a negotiation shows the outside: its view, and the agreement it puts on the signing wall.</summary>
internal static class NegotiationViews
{
    public static NegotiationView View(string id, NegotiationState s) => new(
        id, s.ExpoId, s.Status, s.Parties, s.RequestedBy, s.Subject, s.Field, s.BoothId, s.CatalogueItemId, s.Deadline,
        [.. s.RequestAcceptedBy], [.. s.Versions], [.. s.AcceptedBy], s.Document, [.. s.Signatures], [.. s.VoidedSignatures],
        s.Revision, s.Messages.Count, s.CreatedAt, s.UpdatedAt, s.Reason);

    public static NegotiationReport Report(string id, NegotiationState s) =>
        new(id, s.Status, s.Revision, s.Status == NegotiationStatus.Signed ? Agreement(id, s) : null, Listing(id, s),
            s.RequestedByUser.Length > 0 ? s.RequestedByUser : null);

    private static NegotiationListing Listing(string id, NegotiationState s) => new(
        id, s.Status, s.Subject, s.Field, [.. s.Parties.Select(p => new AgreementParty(p.PartyId, p.Name))], s.BoothId, s.CreatedAt, s.UpdatedAt);

    private static SignedAgreement Agreement(string id, NegotiationState s)
    {
        var terms = s.Versions[s.Document!.Version - 1].Terms;
        return new SignedAgreement(
            id,
            s.ExpoId,
            new LocalizedText(terms.Subject, terms.Subject),
            terms.Field,
            [.. s.Parties.Select(p => new AgreementParty(p.PartyId, p.Name))],
            s.Signatures.Max(x => x.SignedAt),
            s.Document.ContentHash);
    }
}
