namespace Expo.Grains.Models;

/// <summary>A coalesced change of who is in a booth; <see cref="Count"/> is distinct visitors after it.</summary>
[GenerateSerializer, Immutable, Alias("expo.PresenceChanged")]
public sealed record PresenceChanged(
    [property: Id(0)] string BoothId,
    [property: Id(1)] int Count,
    [property: Id(2)] IReadOnlyList<VisitorRef> Joined,
    [property: Id(3)] IReadOnlyList<VisitorRef> Left);
