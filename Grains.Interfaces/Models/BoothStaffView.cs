namespace Expo.Grains.Models;

/// <summary>
/// What the booth needs of its staff grain's state for presence and chat: who is on the staff (to count them apart from
/// visitors, keep them out of the queue and badge their lines), the cap, and the staff's edited profile.
/// <see cref="Version"/> grows with every stored change, so the booth never goes back to an older view.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.BoothStaffView")]
public sealed record BoothStaffView(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<BoothStaffMember> Members,
    [property: Id(2)] int? Capacity,
    [property: Id(3)] BoothProfile? EditedProfile);
