namespace Expo.Grains.Models;

/// <summary>A visitor banned from the whole expo: every Web node closes the hub connections it holds of them.</summary>
[GenerateSerializer, Immutable, Alias("expo.VisitorBanned")]
public sealed record VisitorBanned(
    [property: Id(0)] string VisitorId,
    [property: Id(1)] string Reason,
    [property: Id(2)] DateTimeOffset? Until);
