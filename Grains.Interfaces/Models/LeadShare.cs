namespace Expo.Grains.Models;

/// <summary>
/// What a signed-in visitor shares with a booth in one interaction. <see cref="Consented"/> says they agreed to the
/// consent statement of the interaction's kind, shown in <see cref="Language"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.LeadShare")]
public sealed record LeadShare(
    [property: Id(0)] string Kind,
    [property: Id(1)] bool Consented,
    [property: Id(2)] string Language,
    [property: Id(3)] string? Message,
    [property: Id(4)] BusinessCard? Card,
    [property: Id(5)] string? MediaId);
