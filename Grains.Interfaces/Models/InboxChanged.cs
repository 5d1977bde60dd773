namespace Expo.Grains.Models;

/// <summary>
/// A user's inbox changed: a negotiation they take part in reached <see cref="Revision"/> (0 when only read marks
/// changed), and <see cref="Unread"/> is the badge now.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.InboxChanged")]
public sealed record InboxChanged(
    [property: Id(0)] string UserId,
    [property: Id(1)] string? NegotiationId,
    [property: Id(2)] long Revision,
    [property: Id(3)] int Unread);
