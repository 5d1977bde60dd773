namespace Expo.Grains.Models;

/// <summary>
/// A time a booth's staff member offers to meet visitors. <see cref="Booked"/> is public; <see cref="Booker"/> (who
/// booked it) is shown only to the booth's staff and to the booker.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.MeetingSlot")]
public sealed record MeetingSlot(
    [property: Id(0)] string Id,
    [property: Id(1)] string BoothId,
    [property: Id(2)] DateTimeOffset StartsAt,
    [property: Id(3)] DateTimeOffset EndsAt,
    [property: Id(4)] VisitorRef Host,
    [property: Id(5)] bool Booked,
    [property: Id(6)] VisitorRef? Booker);
