namespace Expo.Grains.Models;

/// <summary>A counted part of the terms, such as "study tours: 12 groups"; items are unique within one version.</summary>
[GenerateSerializer, Immutable, Alias("expo.TermsQuantity")]
public sealed record TermsQuantity(
    [property: Id(0)] string Item,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] string Unit);
