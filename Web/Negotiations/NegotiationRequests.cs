using Expo.Grains.Models;

namespace Expo.Web.Negotiations;

/// <summary>The bodies of the negotiation commands. Every one carries the client's operation id.</summary>
public static class NegotiationRequests
{
    /// <summary>
    /// Ask <see cref="BoothId"/> to negotiate, as oneself or, with <see cref="AsBoothId"/>, for a booth one staffs.
    /// </summary>
    public sealed record Start(
        string? OperationId, string? BoothId, string? Subject, string? Field,
        string? CatalogueItemId = null, string? AsBoothId = null, DateTimeOffset? Deadline = null);

    public sealed record Answer(string? OperationId, string? Reason = null);

    public sealed record Propose(string? OperationId, int BasedOnVersion, AgreementTerms? Terms);

    public sealed record Counter(string? OperationId, int Version, AgreementTerms? Terms);

    public sealed record OnVersion(string? OperationId, int Version, string? Reason = null);

    public sealed record Sign(string? OperationId, string? ContentHash);

    public sealed record Message(string? OperationId, string? Text);

    public sealed record MarkRead(string? NegotiationId = null);
}
