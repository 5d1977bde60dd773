using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>
/// One booth's leads, keyed by the booth id: one per signed-in visitor who reached out, with all their interactions.
/// Only the booth's staff (as the booth grain says) read, rate and annotate them.
/// </summary>
[Alias("expo.IBoothLeadsGrain")]
public interface IBoothLeadsGrain : IGrainWithStringKey
{
    /// <summary>Adds the interaction to the visitor's lead, creating it on first contact; a repeated operation id adds nothing.</summary>
    [Alias("share")]
    Task<Lead> ShareAsync(VisitorRef visitor, string operationId, LeadShare share);

    /// <summary>A signed-in visitor's chat line, sent after the booth stored it; the chat never waits for the lead.</summary>
    [OneWay, Alias("chat")]
    Task RecordChatAsync(VisitorRef visitor, string clientMessageId, string text, string language);

    /// <summary>How many leads and interactions fall between two moments; for the booth's staff or an organiser, who sees counts only.</summary>
    [Alias("counts")]
    Task<LeadCounts> GetCountsAsync(string actorId, DateTimeOffset from, DateTimeOffset to);

    [Alias("leads")]
    Task<IReadOnlyList<Lead>> GetLeadsAsync(string actorId);

    /// <summary>Sets the staff's rating (1–5, or none) and note on a lead.</summary>
    [Alias("annotate")]
    Task<Lead> AnnotateAsync(string actorId, string operationId, string visitorId, int? rating, string? note);
}
