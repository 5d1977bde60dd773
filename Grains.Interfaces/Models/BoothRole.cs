namespace Expo.Grains.Models;

/// <summary>A person's place on one booth's staff: <see cref="StaffRoles.Owner"/> or <see cref="StaffRoles.Member"/>.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothRole")]
public sealed record BoothRole(
    [property: Id(0)] string BoothId,
    [property: Id(1)] string Role);
