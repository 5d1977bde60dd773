namespace Expo.Grains.Models;

/// <summary>One line of a negotiation's private chat; <see cref="Sequence"/> counts from 1 per negotiation.</summary>
[GenerateSerializer, Immutable, Alias("expo.NegotiationMessage")]
public sealed record NegotiationMessage(
    [property: Id(0)] long Sequence,
    [property: Id(1)] string PartyId,
    [property: Id(2)] string SenderId,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset SentAt,
    [property: Id(5)] string OperationId);
