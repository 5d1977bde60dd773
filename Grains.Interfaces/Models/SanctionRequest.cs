namespace Expo.Grains.Models;

/// <summary>
/// What a moderator asks for: a <see cref="Kind"/> ("mute" or "ban") of a visitor, expo-wide or in one booth, for a
/// while or until lifted, with a reason; <see cref="ReportId"/> resolves that report as acted on.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.SanctionRequest")]
public sealed record SanctionRequest(
    [property: Id(0)] string Kind,
    [property: Id(1)] string VisitorId,
    [property: Id(2)] string? VisitorName,
    [property: Id(3)] string? BoothId,
    [property: Id(4)] TimeSpan? Duration,
    [property: Id(5)] string Reason,
    [property: Id(6)] string? ReportId = null);
