using Expo.Grains.Models;
using T = Expo.Grains.Negotiations.NegotiationTransitions;

namespace Expo.Grains.Negotiations;

/// <summary>
/// Who acts for a booth party is read from the booth at the moment of the action, never from the copy taken at the
/// request: staff removed since lose every right at once, staff added since gain them, and the copy kept in the
/// state (for inboxes and views) is brought up to date whenever the booth is asked.
/// </summary>
public sealed partial class NegotiationGrain
{
    /// <summary>The actor's party as its organisation stands now, and its place in <paramref name="parties"/>; -1 when they belong to none.</summary>
    private async Task<(NegotiationParty? Party, int Index)> LivePartyAsync(IReadOnlyList<NegotiationParty> parties, string actorId)
    {
        // The party whose copy names the actor is asked first, so a member still on the staff costs one booth call.
        var order = Enumerable.Range(0, parties.Count).OrderBy(i => parties[i].Members.Contains(actorId) ? 0 : 1);
        foreach (var index in order)
        {
            var party = parties[index];
            if (!IsBoothParty(party))
            {
                if (party.Members.Contains(actorId))
                {
                    return (party, index);
                }

                continue;
            }

            var now = await BoothPartyAsync(party);
            if (now.Members.Contains(actorId))
            {
                return (now, index);
            }
        }

        return (null, -1);
    }

    /// <summary>Refuses a user who acts for no party now; on success the state's copy of their party is the booth's current one.</summary>
    private async Task<NegotiationParty> AdmitAsync(NegotiationState next, string actorId)
    {
        if (next.Status == NegotiationStatus.None)
        {
            throw ExpoException.NotFound("There is no such negotiation.");
        }

        var (party, index) = await LivePartyAsync(next.Parties, actorId);
        if (party is null)
        {
            throw ExpoException.Forbidden("Only members of the negotiating parties may see or act on this negotiation.");
        }

        // Listed in another booth's copy but no longer its staff: the transitions must not take them for its member.
        for (var i = 0; i < next.Parties.Count; i++)
        {
            var other = next.Parties[i];
            if (i != index && IsBoothParty(other) && other.Members.Contains(actorId))
            {
                next.Parties[i] = other with { Members = [.. other.Members.Where(m => m != actorId)], Signatories = [.. other.Signatories.Where(m => m != actorId)] };
            }
        }

        next.Parties[index] = party;
        return party;
    }

    /// <summary>
    /// Just before the last signature completes the agreement, every booth party is read again: a signature given by
    /// someone who is no longer among their booth's signatories is voided, and the agreement waits for a valid one.
    /// </summary>
    private async Task RecheckSignaturesAsync(NegotiationState next, DateTimeOffset now)
    {
        for (var i = 0; i < next.Parties.Count; i++)
        {
            if (IsBoothParty(next.Parties[i]))
            {
                next.Parties[i] = await BoothPartyAsync(next.Parties[i]);
            }
        }

        T.VoidSignaturesOfFormerSignatories(next, now);
    }

    /// <summary>The booth's members and signatories now, under the name the negotiation has always shown.</summary>
    private async Task<NegotiationParty> BoothPartyAsync(NegotiationParty party)
    {
        try
        {
            var now = await GrainFactory.GetGrain<IBoothStaffGrain>(party.PartyId).GetNegotiationPartyAsync();
            return now with { PartyId = party.PartyId, Name = party.Name };
        }
        catch (ExpoException refusal) when (refusal.Code is ExpoErrors.Conflict or ExpoErrors.NotFound or ExpoErrors.BoothNotFound)
        {
            // A booth with no owner (or gone) has nobody who may act or sign for it until it has one again.
            return party with { Members = [], Signatories = [] };
        }
    }

    private static bool IsBoothParty(NegotiationParty party) => !party.PartyId.StartsWith("org:", StringComparison.Ordinal);
}
