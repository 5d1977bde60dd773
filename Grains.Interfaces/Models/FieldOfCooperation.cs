namespace Expo.Grains.Models;

/// <summary>A field exhibitors cooperate in, such as tourism or cultural research.</summary>
[GenerateSerializer, Immutable, Alias("expo.FieldOfCooperation")]
public sealed record FieldOfCooperation(
    [property: Id(0)] string Id,
    [property: Id(1)] LocalizedText Name);
