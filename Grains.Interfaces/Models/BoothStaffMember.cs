namespace Expo.Grains.Models;

/// <summary>One person on a booth's staff.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothStaffMember")]
public sealed record BoothStaffMember(
    [property: Id(0)] string VisitorId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Role,
    [property: Id(3)] DateTimeOffset Since);
