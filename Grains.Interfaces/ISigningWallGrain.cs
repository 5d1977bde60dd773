using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>
/// One expo's signing wall: the agreements signed there, in the order they were signed, and the counts of
/// negotiations under way, fed by the negotiations themselves and read live by Web nodes.
/// </summary>
[Alias("expo.ISigningWallGrain")]
public interface ISigningWallGrain : IGrainWithStringKey
{
    /// <summary>Adds the catalogue's agreements that are not on the wall yet; seeding again changes nothing.</summary>
    [Alias("seed")]
    Task SeedAsync(IReadOnlyList<SignedAgreement> agreements);

    /// <summary>Takes a negotiation's status; an agreement goes up once, however often it is reported.</summary>
    [Alias("report")]
    Task ReportAsync(NegotiationReport report);

    /// <summary>
    /// Admits a new request by <paramref name="requesterId"/> to negotiate (with <paramref name="boothId"/>, if any), or
    /// refuses it with <c>quota_exceeded</c> when they have as many requests waiting for an answer as one person may.
    /// </summary>
    [Alias("admit-request")]
    Task AdmitRequestAsync(string negotiationId, string requesterId, string? boothId);

    [Alias("agreements")]
    Task<IReadOnlyList<SignedAgreement>> GetAgreementsAsync();

    [Alias("counts")]
    Task<NegotiationCounts> GetCountsAsync();

    /// <summary>Every negotiation of the expo, oldest first, for an organiser (<paramref name="actorId"/> is checked).</summary>
    [Alias("negotiations")]
    Task<IReadOnlyList<NegotiationListing>> GetNegotiationsAsync(string actorId);

    /// <summary>Adds or renews the Web node's subscription, which lapses unless renewed like a booth subscription.</summary>
    [Alias("subscribe")]
    Task SubscribeAsync(string webNodeId, ISigningWallObserver observer);

    [Alias("unsubscribe")]
    Task UnsubscribeAsync(string webNodeId);
}
