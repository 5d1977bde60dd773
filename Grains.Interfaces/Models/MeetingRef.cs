namespace Expo.Grains.Models;

/// <summary>A meeting a visitor booked, as their own list keeps it: the booth's slot is the source of truth.</summary>
[GenerateSerializer, Immutable, Alias("expo.MeetingRef")]
public sealed record MeetingRef(
    [property: Id(0)] string BoothId,
    [property: Id(1)] string SlotId,
    [property: Id(2)] DateTimeOffset StartsAt,
    [property: Id(3)] DateTimeOffset EndsAt);
