using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>The expo's current announcements, keyed by expo id. Organisers publish and withdraw; everyone reads.</summary>
[Alias("expo.IAnnouncementsGrain")]
public interface IAnnouncementsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Publishes to everyone (<paramref name="pavilionId"/> null) or to one pavilion, replacing that scope's current
    /// announcement. Organisers only; a retried <paramref name="operationId"/> returns the first outcome.
    /// </summary>
    [Alias("publish")]
    Task<AnnouncementBoard> PublishAsync(string actorId, string operationId, LocalizedText text, string? pavilionId);

    /// <summary>Withdraws the scope's current announcement, if any. Organisers only.</summary>
    [Alias("withdraw")]
    Task<AnnouncementBoard> WithdrawAsync(string actorId, string operationId, string? pavilionId);

    [AlwaysInterleave, Alias("get")]
    Task<AnnouncementBoard> GetAsync();
}
