namespace Expo.Grains.Models;

/// <summary>
/// One moderation action or report resolution: who (<see cref="ActorId"/>, <see cref="ActorName"/>), when, what
/// (<see cref="Action"/>), to whom, where (<see cref="BoothId"/>, null for the whole expo) and why.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string ActorName,
    [property: Id(4)] string Action,
    [property: Id(5)] string? TargetId,
    [property: Id(6)] string? TargetName,
    [property: Id(7)] string? BoothId,
    [property: Id(8)] string Reason,
    [property: Id(9)] string? Detail,
    [property: Id(10)] string? ReportId,
    [property: Id(11)] string? SanctionId);
