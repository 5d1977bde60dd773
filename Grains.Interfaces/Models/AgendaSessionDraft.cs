namespace Expo.Grains.Models;

/// <summary>What an organiser writes when creating or editing a session; times are UTC instants.</summary>
[GenerateSerializer, Immutable, Alias("expo.AgendaSessionDraft")]
public sealed record AgendaSessionDraft(
    [property: Id(0)] LocalizedText Title,
    [property: Id(1)] LocalizedText Description,
    [property: Id(2)] DateTimeOffset StartsAt,
    [property: Id(3)] DateTimeOffset EndsAt,
    [property: Id(4)] string Place,
    [property: Id(5)] IReadOnlyList<AgendaSpeaker> Speakers,
    [property: Id(6)] string? StreamUrl);
