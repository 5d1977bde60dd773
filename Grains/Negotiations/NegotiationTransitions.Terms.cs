using Expo.Grains.Models;

namespace Expo.Grains.Negotiations;

internal static partial class NegotiationTransitions
{
    public static void Propose(NegotiationState s, string actorId, int basedOnVersion, AgreementTerms terms, DateTimeOffset now)
    {
        var party = PartyOf(s, actorId);
        RequireNotFinal(s);
        switch (s.Status)
        {
            case NegotiationStatus.Requested:
                throw ExpoException.Conflict("Terms can be proposed once every invited party has accepted the request.");
            case NegotiationStatus.Offered:
                RequireLatest(s, basedOnVersion);
                throw ExpoException.Conflict($"Version {LatestVersion(s)} waits for an answer: accept, reject or counter it.");
            case NegotiationStatus.Agreed:
                RequireLatest(s, basedOnVersion);
                throw ExpoException.Conflict("The terms are agreed; counter them to change them.");
        }

        RequireLatest(s, basedOnVersion);
        AddVersion(s, party, actorId, basedOnVersion, terms, now);
    }

    public static void Counter(NegotiationState s, string actorId, int version, AgreementTerms terms, DateTimeOffset now)
    {
        var party = PartyOf(s, actorId);
        RequireNotFinal(s);
        if (s.Status is not (NegotiationStatus.Offered or NegotiationStatus.Agreed))
        {
            throw ExpoException.Conflict("No version waits for an answer; propose terms instead.");
        }

        RequireLatest(s, version);
        if (s.Status == NegotiationStatus.Offered)
        {
            RequireNotProposer(s, party);
        }

        RequireRoomForVersion(s);

        // Changed terms are not what anyone signed: every signature so far is void.
        s.VoidedSignatures.AddRange(s.Signatures);
        s.Signatures.Clear();
        s.Document = null;
        AddVersion(s, party, actorId, version, terms, now);
    }

    public static void AcceptTerms(NegotiationState s, string actorId, int version, DateTimeOffset now)
    {
        var party = PartyOf(s, actorId);
        RequireOffered(s, version);
        if (s.AcceptedBy.Contains(party.PartyId))
        {
            RequireNotProposer(s, party);
            throw ExpoException.Conflict($"Your party has accepted version {version} already.");
        }

        s.AcceptedBy.Add(party.PartyId);
        if (s.Parties.All(p => s.AcceptedBy.Contains(p.PartyId)))
        {
            s.Status = NegotiationStatus.Agreed;
        }

        Changed(s, now);
    }

    public static void RejectTerms(NegotiationState s, string actorId, int version, string? reason, DateTimeOffset now)
    {
        var party = PartyOf(s, actorId);
        RequireOffered(s, version);
        RequireNotProposer(s, party);
        s.Status = NegotiationStatus.Open;
        s.AcceptedBy.Clear();
        s.Reason = reason;
        Changed(s, now);
    }

    private static void RequireOffered(NegotiationState s, int version)
    {
        RequireNotFinal(s);
        if (s.Status != NegotiationStatus.Offered)
        {
            RequireLatest(s, version);
            throw ExpoException.Conflict(s.Status == NegotiationStatus.Agreed
                ? "The terms are agreed already; sign them, or counter them to change them."
                : "No version waits for an answer.");
        }

        RequireLatest(s, version);
    }

    private static void RequireLatest(NegotiationState s, int version)
    {
        if (version != LatestVersion(s))
        {
            throw ExpoException.Rebase(
                $"Version {version} is not the latest: version {LatestVersion(s)} is. Review it, then act on it.");
        }
    }

    private static void RequireNotProposer(NegotiationState s, NegotiationParty party)
    {
        if (s.Versions[^1].PartyId == party.PartyId)
        {
            throw ExpoException.Conflict($"Your party proposed version {LatestVersion(s)}; the other parties answer it.");
        }
    }

    private static void RequireRoomForVersion(NegotiationState s)
    {
        if (s.Versions.Count >= NegotiationRules.MaxVersions)
        {
            throw ExpoException.Conflict($"A negotiation holds at most {NegotiationRules.MaxVersions} versions of its terms.");
        }
    }

    private static void AddVersion(NegotiationState s, NegotiationParty party, string actorId, int basedOn, AgreementTerms terms, DateTimeOffset now)
    {
        RequireRoomForVersion(s);
        s.Versions.Add(new TermsVersion(s.Versions.Count + 1, basedOn, party.PartyId, actorId, now, terms));
        s.AcceptedBy = [party.PartyId];
        s.Status = NegotiationStatus.Offered;
        s.Reason = null;
        Changed(s, now);
    }
}
