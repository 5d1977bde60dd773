using Expo.Grains.Models;

namespace Expo.Grains.Negotiations;

/// <summary>
/// The negotiation state machine, free of Orleans so every transition can be tested directly. Each command either
/// changes the state it is given or throws an <see cref="ExpoException"/> and leaves it as it was. Checks run in one
/// order: the negotiation exists, the actor belongs to a party, the state allows the command, the version acted on
/// is still the latest (else <c>rebase_required</c>), and it is this party's turn.
/// </summary>
internal static partial class NegotiationTransitions
{
    public static bool IsFinal(NegotiationStatus status) =>
        status is NegotiationStatus.Signed or NegotiationStatus.Declined or NegotiationStatus.Withdrawn or NegotiationStatus.Expired;

    public static int LatestVersion(NegotiationState s) => s.Versions.Count;

    public static NegotiationParty PartyOf(NegotiationState s, string actorId)
    {
        if (s.Status == NegotiationStatus.None)
        {
            throw ExpoException.NotFound("There is no such negotiation.");
        }

        return s.Parties.FirstOrDefault(p => p.Members.Contains(actorId))
            ?? throw ExpoException.Forbidden("Only members of the negotiating parties may see or act on this negotiation.");
    }

    public static void Request(NegotiationState s, string actorId, NegotiationRequest request, DateTimeOffset now)
    {
        if (s.Status != NegotiationStatus.None)
        {
            throw ExpoException.Conflict("A negotiation with this id exists already.");
        }

        var requester = request.Parties.FirstOrDefault(p => p.Members.Contains(actorId))
            ?? throw ExpoException.Forbidden("A negotiation can only be requested for a party the requesting user belongs to.");
        if (request.Deadline is { } deadline && deadline <= now)
        {
            throw ExpoException.Invalid("The deadline is in the past.");
        }

        s.Status = NegotiationStatus.Requested;
        s.ExpoId = request.ExpoId;
        s.Parties = [.. request.Parties];
        s.RequestedBy = requester.PartyId;
        s.RequestedByUser = actorId;
        s.Subject = request.Subject;
        s.Field = request.Field;
        s.BoothId = request.BoothId;
        s.CatalogueItemId = request.CatalogueItemId;
        s.Deadline = request.Deadline;
        s.CreatedAt = now;
        Changed(s, now);
    }

    public static void AcceptRequest(NegotiationState s, string actorId, DateTimeOffset now)
    {
        var party = InvitedParty(s, actorId);
        if (s.RequestAcceptedBy.Contains(party.PartyId))
        {
            throw ExpoException.Conflict("Your party has accepted the request already.");
        }

        s.RequestAcceptedBy.Add(party.PartyId);
        if (s.Parties.All(p => p.PartyId == s.RequestedBy || s.RequestAcceptedBy.Contains(p.PartyId)))
        {
            s.Status = NegotiationStatus.Open;
        }

        Changed(s, now);
    }

    public static void DeclineRequest(NegotiationState s, string actorId, string? reason, DateTimeOffset now)
    {
        InvitedParty(s, actorId);
        End(s, NegotiationStatus.Declined, reason, now);
    }

    public static void Withdraw(NegotiationState s, string actorId, string? reason, DateTimeOffset now)
    {
        var party = PartyOf(s, actorId);
        RequireNotFinal(s);
        if (s.Status == NegotiationStatus.Requested && party.PartyId != s.RequestedBy)
        {
            throw ExpoException.Conflict("An invited party answers a request by declining it.");
        }

        End(s, NegotiationStatus.Withdrawn, reason, now);
    }

    public static bool IsDue(NegotiationState s, DateTimeOffset now) =>
        s.Status != NegotiationStatus.None && !IsFinal(s.Status) && s.Deadline is { } deadline && deadline <= now;

    /// <summary>Ends a negotiation whose deadline has passed; false if there is nothing to end.</summary>
    public static bool ExpireIfDue(NegotiationState s, DateTimeOffset now)
    {
        if (!IsDue(s, now))
        {
            return false;
        }

        End(s, NegotiationStatus.Expired, "The deadline passed before every party signed.", now);
        return true;
    }

    public static NegotiationMessage PostMessage(NegotiationState s, string actorId, string operationId, string text, DateTimeOffset now)
    {
        var party = PartyOf(s, actorId);
        if (s.Messages.Count >= NegotiationRules.MaxMessages)
        {
            throw ExpoException.Conflict($"This negotiation's chat holds its maximum of {NegotiationRules.MaxMessages} lines.");
        }

        var message = new NegotiationMessage(s.Messages.Count + 1, party.PartyId, actorId, text, now, operationId);
        s.Messages.Add(message);
        return message;
    }

    private static NegotiationParty InvitedParty(NegotiationState s, string actorId)
    {
        var party = PartyOf(s, actorId);
        if (s.Status != NegotiationStatus.Requested)
        {
            throw ExpoException.Conflict($"The request is not waiting for an answer: the negotiation is {Describe(s.Status)}.");
        }

        return party.PartyId == s.RequestedBy
            ? throw ExpoException.Conflict("Your party made the request; the invited parties answer it.")
            : party;
    }

    private static void RequireNotFinal(NegotiationState s)
    {
        if (IsFinal(s.Status))
        {
            throw ExpoException.Conflict($"The negotiation has ended: it is {Describe(s.Status)}.");
        }
    }

    private static void End(NegotiationState s, NegotiationStatus status, string? reason, DateTimeOffset now)
    {
        s.Status = status;
        s.Reason = reason;
        Changed(s, now);
    }

    private static void Changed(NegotiationState s, DateTimeOffset now)
    {
        s.Revision++;
        s.UpdatedAt = now;
    }

    private static string Describe(NegotiationStatus status) => status.ToString().ToLowerInvariant();
}
