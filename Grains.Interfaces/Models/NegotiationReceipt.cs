namespace Expo.Grains.Models;

/// <summary>
/// What a negotiation command did, recorded with it: a retry with the same operation id gets this same receipt back.
/// <see cref="Revision"/> counts the negotiation's changes; <see cref="Version"/> is the latest terms version then;
/// <see cref="MessageSequence"/> the chat line a post stored (0 otherwise).
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.NegotiationReceipt")]
public sealed record NegotiationReceipt(
    [property: Id(0)] string NegotiationId,
    [property: Id(1)] string OperationId,
    [property: Id(2)] NegotiationStatus Status,
    [property: Id(3)] long Revision,
    [property: Id(4)] int Version,
    [property: Id(5)] long MessageSequence,
    [property: Id(6)] string? DocumentHash);
