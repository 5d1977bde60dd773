namespace Expo.Grains.Models;

/// <summary>
/// One field that differs between two versions, as text: <c>null</c> before means added, <c>null</c> after removed.
/// Field names are the terms' member names in camelCase; list entries read <c>quantities[item]</c> and
/// <c>obligations[partyId]</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.TermsChange")]
public sealed record TermsChange(
    [property: Id(0)] string Field,
    [property: Id(1)] string? Before,
    [property: Id(2)] string? After);
