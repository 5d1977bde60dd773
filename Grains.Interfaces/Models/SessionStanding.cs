namespace Expo.Grains.Models;

/// <summary>
/// Which of a visitor's sessions count: those issued at <see cref="Epoch"/> or later, except the
/// <see cref="EndedSessions"/> (ids of sessions signed out that have not expired yet).
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.SessionStanding")]
public sealed record SessionStanding(
    [property: Id(0)] string VisitorId,
    [property: Id(1)] long Epoch,
    [property: Id(2)] IReadOnlyList<string> EndedSessions)
{
    public bool Allows(string? sessionId, long epoch) => epoch >= Epoch && (sessionId is null || !EndedSessions.Contains(sessionId));
}
