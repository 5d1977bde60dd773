namespace Expo.Grains.Models;

/// <summary>
/// Visitors' reports of one thing in a booth: a chat line (<see cref="Sequence"/>) or a person. Each reporter counts
/// once; <see cref="Status"/> is "open", "dismissed" or "actioned" (then <see cref="ActionId"/> names the audit entry).
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.ModerationReport")]
public sealed record ModerationReport(
    [property: Id(0)] string Id,
    [property: Id(1)] string BoothId,
    [property: Id(2)] long? Sequence,
    [property: Id(3)] string TargetId,
    [property: Id(4)] string TargetName,
    [property: Id(5)] string? Excerpt,
    [property: Id(6)] IReadOnlyList<ReportEntry> Entries,
    [property: Id(7)] string Status,
    [property: Id(8)] DateTimeOffset OpenedAt,
    [property: Id(9)] DateTimeOffset? ResolvedAt,
    [property: Id(10)] string? ResolvedBy,
    [property: Id(11)] string? ActionId);
