namespace Expo.Grains.Models;

/// <summary>One visitor's report: a category from <see cref="ModerationRules.Categories"/> and what they wrote, if anything.</summary>
[GenerateSerializer, Immutable, Alias("expo.ReportEntry")]
public sealed record ReportEntry(
    [property: Id(0)] string ReporterId,
    [property: Id(1)] string ReporterName,
    [property: Id(2)] string Category,
    [property: Id(3)] string? Text,
    [property: Id(4)] DateTimeOffset At);
