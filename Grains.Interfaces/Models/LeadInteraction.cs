namespace Expo.Grains.Models;

/// <summary>One time a visitor reached out to a booth: a contact request, a card exchange, a chat line or a brochure download.</summary>
[GenerateSerializer, Immutable, Alias("expo.LeadInteraction")]
public sealed record LeadInteraction(
    [property: Id(0)] string Kind,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string? Message,
    [property: Id(3)] string? MediaId,
    [property: Id(4)] LeadConsent Consent);
