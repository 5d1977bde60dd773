namespace Expo.Grains.Models;

/// <summary>What the visitor was shown and agreed to when they shared their details, and when.</summary>
[GenerateSerializer, Immutable, Alias("expo.LeadConsent")]
public sealed record LeadConsent(
    [property: Id(0)] string Statement,
    [property: Id(1)] string Text,
    [property: Id(2)] DateTimeOffset At);
