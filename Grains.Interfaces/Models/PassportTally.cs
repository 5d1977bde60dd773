namespace Expo.Grains.Models;

/// <summary>
/// How many visitors of an expo hold how many stamps: <see cref="Holders"/>[n - 1] visitors hold exactly n stamps.
/// The list is as long as the most stamps anyone holds.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.PassportTally")]
public sealed record PassportTally(
    [property: Id(0)] string ExpoId,
    [property: Id(1)] IReadOnlyList<long> Holders);
