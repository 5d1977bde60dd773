namespace Expo.Grains.Models;

/// <summary>
/// An invitation onto a booth's staff that nobody has accepted yet, as its owners and organisers see it: never the
/// code itself, which only its creator was shown, but a handle (<see cref="Id"/>) to withdraw it by.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.PendingInvitation")]
public sealed record PendingInvitation(
    [property: Id(0)] string Id,
    [property: Id(1)] string Role,
    [property: Id(2)] string CreatedBy,
    [property: Id(3)] string CreatedByName,
    [property: Id(4)] DateTimeOffset ExpiresAt);
