using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>
/// One negotiation between two or more parties, from the request to the signed agreement: its terms versions, the
/// parties' answers, the agreement document and its signatures, and the parties' private chat.
/// </summary>
/// <remarks>
/// Every command names the acting user and carries the caller's operation id (1–64 printable characters). A command
/// is stored before it is acknowledged; repeating an operation id returns the first receipt and changes nothing.
/// Refusals change nothing and are not remembered: <c>not_found</c>, <c>forbidden</c> (not a party, not a signatory),
/// <c>conflict</c> (not allowed in this state or not this party's turn), <c>invalid_input</c>, and
/// <c>rebase_required</c> when the version or document acted on has been replaced by another party's command.
/// </remarks>
[Alias("expo.INegotiationGrain")]
public interface INegotiationGrain : IGrainWithStringKey
{
    /// <summary>Starts the negotiation; the acting user's party is the requester, every other party is invited.</summary>
    [Alias("request")]
    Task<NegotiationReceipt> RequestAsync(string actorId, string operationId, NegotiationRequest request);

    /// <summary>An invited party accepts; once every invited party has, the negotiation is open.</summary>
    [Alias("accept-request")]
    Task<NegotiationReceipt> AcceptRequestAsync(string actorId, string operationId);

    [Alias("decline-request")]
    Task<NegotiationReceipt> DeclineRequestAsync(string actorId, string operationId, string? reason);

    /// <summary>Puts terms on the table when none wait for an answer; <paramref name="basedOnVersion"/> is the latest version the caller saw (0: none).</summary>
    [Alias("propose")]
    Task<NegotiationReceipt> ProposeAsync(string actorId, string operationId, int basedOnVersion, AgreementTerms terms);

    /// <summary>Answers <paramref name="version"/> with changed terms; after agreement this voids every signature.</summary>
    [Alias("counter")]
    Task<NegotiationReceipt> CounterAsync(string actorId, string operationId, int version, AgreementTerms terms);

    /// <summary>The acting user's party accepts <paramref name="version"/>; once every party has, it is agreed and its document made.</summary>
    [Alias("accept-terms")]
    Task<NegotiationReceipt> AcceptTermsAsync(string actorId, string operationId, int version);

    [Alias("reject-terms")]
    Task<NegotiationReceipt> RejectTermsAsync(string actorId, string operationId, int version, string? reason);

    [Alias("withdraw")]
    Task<NegotiationReceipt> WithdrawAsync(string actorId, string operationId, string? reason);

    /// <summary>A signatory signs for their party the agreement document whose content hash they were shown.</summary>
    [Alias("sign")]
    Task<NegotiationReceipt> SignAsync(string actorId, string operationId, string contentHash);

    [Alias("post-message")]
    Task<NegotiationReceipt> PostMessageAsync(string actorId, string operationId, string text);

    /// <summary>Up to <see cref="NegotiationRules.MessagesPageSize"/> chat lines after that sequence, in order.</summary>
    [Alias("messages-since")]
    Task<IReadOnlyList<NegotiationMessage>> MessagesSinceAsync(string actorId, long afterSequence);

    [Alias("get")]
    Task<NegotiationView> GetAsync(string actorId);

    /// <summary>How <paramref name="version"/> differs from the version before it, field by field.</summary>
    [Alias("diff")]
    Task<TermsDiff> DiffAsync(string actorId, int version);

    /// <summary>The current agreement document, JSON or HTML (<paramref name="html"/>), as stored.</summary>
    [Alias("document")]
    Task<string> ReadDocumentAsync(string actorId, bool html);

    /// <summary>Adds or renews a Web node's subscription to changes and chat lines; it lapses unless renewed like a booth subscription.</summary>
    [Alias("subscribe")]
    Task SubscribeAsync(string webNodeId, INegotiationObserver observer);

    [Alias("unsubscribe")]
    Task UnsubscribeAsync(string webNodeId);
}
