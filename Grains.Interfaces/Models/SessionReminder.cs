namespace Expo.Grains.Models;

/// <summary>
/// A session in the visitor's plan starts soon: sent once per visitor per session, to every connection of theirs. For a
/// booked meeting, <see cref="BoothId"/> names the booth whose chat hosts it and <see cref="Title"/> is the booth's name.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.SessionReminder")]
public sealed record SessionReminder(
    [property: Id(0)] string VisitorId,
    [property: Id(1)] string SessionId,
    [property: Id(2)] LocalizedText Title,
    [property: Id(3)] DateTimeOffset StartsAt,
    [property: Id(4)] string Place,
    [property: Id(5)] string? BoothId = null);
