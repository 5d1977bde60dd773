using Expo.Grains.Models;

namespace Expo.Grains.Negotiations;

/// <summary>What a negotiation keeps across restarts, including the receipts of its recent operations.</summary>
[GenerateSerializer, Alias("expo.NegotiationState")]
public sealed class NegotiationState
{
    [Id(0)]
    public NegotiationStatus Status { get; set; }

    [Id(1)]
    public string ExpoId { get; set; } = "";

    [Id(2)]
    public List<NegotiationParty> Parties { get; set; } = [];

    /// <summary>The party that asked to negotiate.</summary>
    [Id(3)]
    public string RequestedBy { get; set; } = "";

    [Id(4)]
    public string Subject { get; set; } = "";

    [Id(5)]
    public string Field { get; set; } = "";

    [Id(6)]
    public string? BoothId { get; set; }

    [Id(7)]
    public string? CatalogueItemId { get; set; }

    [Id(8)]
    public DateTimeOffset? Deadline { get; set; }

    [Id(9)]
    public List<string> RequestAcceptedBy { get; set; } = [];

    [Id(10)]
    public List<TermsVersion> Versions { get; set; } = [];

    /// <summary>Parties that accepted the latest version, its proposer first.</summary>
    [Id(11)]
    public List<string> AcceptedBy { get; set; } = [];

    [Id(12)]
    public AgreementDocumentRef? Document { get; set; }

    [Id(13)]
    public List<AgreementSignature> Signatures { get; set; } = [];

    /// <summary>Signatures a change of the terms voided, kept so nobody can claim they never happened.</summary>
    [Id(14)]
    public List<AgreementSignature> VoidedSignatures { get; set; } = [];

    /// <summary>Counts changes of status, terms, answers and signatures (not chat lines).</summary>
    [Id(15)]
    public long Revision { get; set; }

    [Id(16)]
    public List<NegotiationMessage> Messages { get; set; } = [];

    [Id(17)]
    public DateTimeOffset CreatedAt { get; set; }

    [Id(18)]
    public DateTimeOffset UpdatedAt { get; set; }

    [Id(19)]
    public string? Reason { get; set; }

    /// <summary>The latest operations, oldest first, at most <see cref="ExpoRules.IdempotencyWindow"/>.</summary>
    [Id(20)]
    public List<OperationRecord> Operations { get; set; } = [];

    /// <summary>The revision the parties' inboxes and the expo's signing wall have been told about.</summary>
    [Id(21)]
    public long DeliveredRevision { get; set; }

    /// <summary>The user who made the request, whose quota of open requests it counts against.</summary>
    [Id(22)]
    public string RequestedByUser { get; set; } = "";
}
