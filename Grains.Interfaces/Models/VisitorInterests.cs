namespace Expo.Grains.Models;

/// <summary>
/// What a visitor came for: fields of cooperation (the expo's field ids), cities (pavilion ids) and what they look for
/// (<see cref="InterestRules.Goals"/>: to buy, to partner, to learn).
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.VisitorInterests")]
public sealed record VisitorInterests(
    [property: Id(0)] IReadOnlyList<string> Fields,
    [property: Id(1)] IReadOnlyList<string> Cities,
    [property: Id(2)] IReadOnlyList<string> Goals)
{
    public static readonly VisitorInterests None = new([], [], []);
}
