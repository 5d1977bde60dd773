using Expo.Grains.Models;

namespace Expo.Grains.Negotiations;

internal static partial class NegotiationTransitions
{
    public static void Sign(NegotiationState s, string actorId, string contentHash, DateTimeOffset now)
    {
        var party = PartyOf(s, actorId);
        RequireNotFinal(s);
        if (s.Status != NegotiationStatus.Agreed || s.Document is not { } document)
        {
            throw ExpoException.Conflict("Only agreed terms can be signed, once their agreement document is made.");
        }

        if (!party.Signatories.Contains(actorId))
        {
            throw ExpoException.Forbidden($"You are not a signatory of {party.Name.En}.");
        }

        if (contentHash != document.ContentHash)
        {
            throw ExpoException.Rebase(
                $"The agreement document has changed since it was read: sign the current one (content hash {document.ContentHash}).");
        }

        if (s.Signatures.Any(x => x.PartyId == party.PartyId))
        {
            throw ExpoException.Conflict($"{party.Name.En} has signed already.");
        }

        s.Signatures.Add(new AgreementSignature(party.PartyId, actorId, now, contentHash));
        if (s.Parties.All(p => s.Signatures.Any(x => x.PartyId == p.PartyId)))
        {
            s.Status = NegotiationStatus.Signed;
        }

        Changed(s, now);
    }

    /// <summary>
    /// Voids each signature whose signatory is no longer among their party's signatories (a booth's owner removed
    /// since); a signed agreement that loses one goes back to agreed, waiting for a valid signature of that party.
    /// </summary>
    public static void VoidSignaturesOfFormerSignatories(NegotiationState s, DateTimeOffset now)
    {
        var voided = s.Signatures
            .Where(x => s.Parties.FirstOrDefault(p => p.PartyId == x.PartyId) is not { } party || !party.Signatories.Contains(x.SignatoryId))
            .ToList();
        if (voided.Count == 0)
        {
            return;
        }

        s.Signatures.RemoveAll(voided.Contains);
        s.VoidedSignatures.AddRange(voided);
        if (s.Status == NegotiationStatus.Signed)
        {
            s.Status = NegotiationStatus.Agreed;
        }

        Changed(s, now);
    }
}
