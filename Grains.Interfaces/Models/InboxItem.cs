namespace Expo.Grains.Models;

/// <summary>
/// Something waiting for a user's party in one negotiation: <c>request</c> (accept or decline it), <c>offer</c>
/// (answer version <see cref="Version"/>) or <c>signature</c> (sign the agreement). One item per negotiation at most.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.InboxItem")]
public sealed record InboxItem(
    [property: Id(0)] string NegotiationId,
    [property: Id(1)] string ExpoId,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Subject,
    [property: Id(4)] string PartyId,
    [property: Id(5)] int Version,
    [property: Id(6)] DateTimeOffset Since,
    [property: Id(7)] bool Unread = true);
