namespace Expo.Grains.Models;

/// <summary>What one party undertakes under the terms.</summary>
[GenerateSerializer, Immutable, Alias("expo.PartyObligation")]
public sealed record PartyObligation(
    [property: Id(0)] string PartyId,
    [property: Id(1)] string Text);
