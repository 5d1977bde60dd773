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
}
