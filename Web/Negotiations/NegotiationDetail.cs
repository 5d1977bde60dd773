using Expo.Grains.Models;

namespace Expo.Web.Negotiations;

/// <summary>One negotiation with the diff of each of its versions against the version before.</summary>
public sealed record NegotiationDetail(NegotiationView Negotiation, IReadOnlyList<TermsDiff> Diffs);

/// <summary>A line of "my negotiations".</summary>
public sealed record NegotiationSummary(
    string Id, string Subject, string Field, NegotiationStatus Status, IReadOnlyList<AgreementParty> Parties,
    string MyPartyId, int Version, long Revision, DateTimeOffset UpdatedAt)
{
    public static NegotiationSummary From(NegotiationView v, string userId) => new(
        v.Id, v.Versions.Count > 0 ? v.Versions[^1].Terms.Subject : v.Subject, v.Field, v.Status,
        [.. v.Parties.Select(p => new AgreementParty(p.PartyId, p.Name))],
        v.Parties.First(p => p.Members.Contains(userId)).PartyId, v.Versions.Count, v.Revision, v.UpdatedAt);
}

/// <summary>The public signing wall: agreements, newest first (seeded ones, which have no time, last).</summary>
public sealed record SigningWallView(IReadOnlyList<SignedAgreement> Agreements, int Signed);
