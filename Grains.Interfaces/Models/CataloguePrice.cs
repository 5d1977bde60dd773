namespace Expo.Grains.Models;

/// <summary>A price in an ISO 4217 currency; an item without one is priced "on request".</summary>
[GenerateSerializer, Immutable, Alias("expo.CataloguePrice")]
public sealed record CataloguePrice(
    [property: Id(0)] decimal Amount,
    [property: Id(1)] string Currency);
