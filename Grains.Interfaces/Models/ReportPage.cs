namespace Expo.Grains.Models;

/// <summary>A page of the resolved reports, most recently resolved first, and how many resolved reports there are.</summary>
[GenerateSerializer, Immutable, Alias("expo.ReportPage")]
public sealed record ReportPage(
    [property: Id(0)] int Total,
    [property: Id(1)] IReadOnlyList<ModerationReport> Reports);
