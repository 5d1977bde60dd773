namespace Expo.Grains.Models;

/// <summary>A digital business card a visitor hands to a booth; only the name is required.</summary>
[GenerateSerializer, Immutable, Alias("expo.BusinessCard")]
public sealed record BusinessCard(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? Organisation,
    [property: Id(2)] string? JobTitle,
    [property: Id(3)] string? Email,
    [property: Id(4)] string? Phone,
    [property: Id(5)] string? Country);
