using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>One user's pending negotiation items (offers to answer, agreements to sign), kept while they are away.</summary>
[Alias("expo.IInboxGrain")]
public interface IInboxGrain : IGrainWithStringKey
{
    /// <summary>
    /// Sets (or, with no item, clears) what the negotiation waits for from this user, as of the negotiation's
    /// <paramref name="revision"/>; an update older than one already applied is ignored. A changed item is unread.
    /// </summary>
    [Alias("update")]
    Task UpdateAsync(string negotiationId, long revision, InboxItem? item);

    [Alias("get")]
    Task<InboxView> GetAsync();

    /// <summary>Marks the negotiation's item as seen; with no id, every item.</summary>
    [Alias("mark-read")]
    Task<InboxView> MarkReadAsync(string? negotiationId);

    /// <summary>Every negotiation that has told this user about itself, whether or not it waits for them now.</summary>
    [Alias("negotiations")]
    Task<IReadOnlyList<string>> GetNegotiationIdsAsync();

    /// <summary>Adds or renews a Web node's subscription; it lapses unless renewed like a booth subscription.</summary>
    [Alias("subscribe")]
    Task SubscribeAsync(string webNodeId, IInboxObserver observer);

    [Alias("unsubscribe")]
    Task UnsubscribeAsync(string webNodeId);
}
