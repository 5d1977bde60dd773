namespace Expo.Grains.Models;

/// <summary>
/// A visitor in the booth was muted there (or expo-wide), or their mute ended (lifted or expired); only that visitor's
/// connections in the booth hear of it, so their chat box closes or opens at once instead of on their next line.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.MuteChanged")]
public sealed record MuteChanged(
    [property: Id(0)] string BoothId,
    [property: Id(1)] string VisitorId,
    [property: Id(2)] bool Muted,
    [property: Id(3)] DateTimeOffset? Until,
    [property: Id(4)] string? Reason);
