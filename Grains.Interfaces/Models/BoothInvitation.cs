namespace Expo.Grains.Models;

/// <summary>A one-time code that puts whoever accepts it on a booth's staff with <see cref="Role"/>, until <see cref="ExpiresAt"/>.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothInvitation")]
public sealed record BoothInvitation(
    [property: Id(0)] string Code,
    [property: Id(1)] string BoothId,
    [property: Id(2)] string Role,
    [property: Id(3)] DateTimeOffset ExpiresAt);
