namespace Expo.Grains.Models;

/// <summary>One staffed stretch of a weekday: <see cref="Day"/> is <c>mon</c>…<c>sun</c>, times are local <c>HH:mm</c>.</summary>
[GenerateSerializer, Immutable, Alias("expo.OpeningPeriod")]
public sealed record OpeningPeriod(
    [property: Id(0)] string Day,
    [property: Id(1)] string Opens,
    [property: Id(2)] string Closes);
