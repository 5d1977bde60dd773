namespace Expo.Grains.Models;

/// <summary>
/// A coalesced change of who is in a booth; <see cref="Count"/> is distinct visitors after it. <see cref="Version"/>
/// grows with each change an activation of the booth sends, so a client can tell a change its entry snapshot
/// already holds (version at or below the snapshot's <see cref="BoothSnapshot.PresenceVersion"/>) from a newer one.
/// A booth with a cap adds it, its <see cref="Occupancy"/> (visitors inside who are not staff) and its queue length;
/// a change of the cap or the queue alone comes with no joins or leaves.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.PresenceChanged")]
public sealed record PresenceChanged(
    [property: Id(0)] string BoothId,
    [property: Id(1)] int Count,
    [property: Id(2)] IReadOnlyList<VisitorRef> Joined,
    [property: Id(3)] IReadOnlyList<VisitorRef> Left,
    [property: Id(4)] long Version = 0,
    [property: Id(5)] int? Capacity = null,
    [property: Id(6)] int? Occupancy = null,
    [property: Id(7)] int QueueLength = 0);
