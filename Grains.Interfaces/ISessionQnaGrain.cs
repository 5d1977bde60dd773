using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>
/// The live Q&amp;A of one session, keyed by <see cref="AgendaRules.QnaKey"/>: its own grain, so a busy session
/// never makes the agenda a hot spot.
/// </summary>
[Alias("expo.ISessionQnaGrain")]
public interface ISessionQnaGrain : IGrainWithStringKey
{
    /// <summary>Asks a question; a retried <paramref name="operationId"/> of the same asker returns the first question.</summary>
    [Alias("ask")]
    Task<QnaQuestion> AskAsync(VisitorRef asker, string operationId, string text);

    /// <summary>Sets the voter's vote on a question: once each, so sending the same vote again changes nothing.</summary>
    [Alias("vote")]
    Task<QnaQuestion> VoteAsync(string voterId, string operationId, string questionId, bool vote);

    /// <summary>Marks a question answered or hides it (or undoes either). The session's speakers and organisers only.</summary>
    [Alias("moderate")]
    Task<QnaQuestion> ModerateAsync(string actorId, string operationId, string questionId, string action);

    [Alias("get")]
    Task<QnaBoard> GetAsync(string? readerId);

    /// <summary>Adds or renews a Web node's subscription; it lapses unless renewed like a booth subscription.</summary>
    [Alias("subscribe")]
    Task SubscribeAsync(string webNodeId, IQnaObserver observer);

    [Alias("unsubscribe")]
    Task UnsubscribeAsync(string webNodeId);
}
