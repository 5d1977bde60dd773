namespace Expo.Grains.Models;

/// <summary>
/// One grant or revocation of the organiser role: when, by whom (a visitor id, or <c>configuration</c> /
/// <c>setup-code</c> for the first organiser), to whom, and <see cref="Action"/> <c>granted</c> or <c>revoked</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.OrganiserChange")]
public sealed record OrganiserChange(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ActorId,
    [property: Id(2)] string VisitorId,
    [property: Id(3)] string Action);
