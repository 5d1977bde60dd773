namespace Expo.Grains.Models;

/// <summary>
/// A mute or a ban of one person, expo-wide (<see cref="BoothId"/> null) or in one booth, until <see cref="Until"/>
/// (null: until lifted). A ban also keeps the person out of the booth, or out of every booth.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.Sanction")]
public sealed record Sanction(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string VisitorId,
    [property: Id(3)] string VisitorName,
    [property: Id(4)] string? BoothId,
    [property: Id(5)] DateTimeOffset? Until,
    [property: Id(6)] string Reason,
    [property: Id(7)] string ActorId,
    [property: Id(8)] string ActorName,
    [property: Id(9)] DateTimeOffset At)
{
    public bool ActiveAt(DateTimeOffset now) => Until is not { } until || until > now;

    /// <summary>Whether it stops the visitor from chatting in the booth: every mute and every ban does.</summary>
    public bool Silences(string visitorId, DateTimeOffset now) => VisitorId == visitorId && ActiveAt(now);

    public bool Bars(string visitorId, DateTimeOffset now) => Kind == ModerationRules.Ban && Silences(visitorId, now);
}
