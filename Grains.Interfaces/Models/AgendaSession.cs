namespace Expo.Grains.Models;

/// <summary>
/// A session on the agenda: at <see cref="Place"/> (a pavilion id or <c>main-stage</c>) from <see cref="StartsAt"/>
/// to <see cref="EndsAt"/>. A cancelled session stays listed, marked, so a visitor who planned it learns why it is gone.
/// <see cref="Sample"/> marks demo details (such as the times) that the source article does not give.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.AgendaSession")]
public sealed record AgendaSession(
    [property: Id(0)] string Id,
    [property: Id(1)] LocalizedText Title,
    [property: Id(2)] LocalizedText Description,
    [property: Id(3)] DateTimeOffset StartsAt,
    [property: Id(4)] DateTimeOffset EndsAt,
    [property: Id(5)] string Place,
    [property: Id(6)] IReadOnlyList<AgendaSpeaker> Speakers,
    [property: Id(7)] string? StreamUrl,
    [property: Id(8)] bool Cancelled,
    [property: Id(9)] bool Sample);

/// <summary>The whole agenda; <see cref="Version"/> grows with every change. <see cref="TimeZone"/> is the expo's own (IANA id).</summary>
[GenerateSerializer, Immutable, Alias("expo.AgendaView")]
public sealed record AgendaView(
    [property: Id(0)] long Version,
    [property: Id(1)] string TimeZone,
    [property: Id(2)] IReadOnlyList<AgendaSession> Sessions);
