namespace Expo.Grains.Models;

/// <summary>
/// The sanctions in force in one booth (expo-wide ones included), as the moderation grain pushes them; a booth keeps
/// the highest <see cref="Version"/> it has seen, so a late push never undoes a newer one.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.BoothSanctions")]
public sealed record BoothSanctions(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<Sanction> Sanctions);
