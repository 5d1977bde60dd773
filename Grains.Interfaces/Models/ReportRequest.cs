namespace Expo.Grains.Models;

/// <summary>A visitor reports a chat line of a booth (<see cref="Sequence"/>) or a person in it (<see cref="VisitorId"/>).</summary>
[GenerateSerializer, Immutable, Alias("expo.ReportRequest")]
public sealed record ReportRequest(
    [property: Id(0)] string BoothId,
    [property: Id(1)] long? Sequence,
    [property: Id(2)] string? VisitorId,
    [property: Id(3)] string Category,
    [property: Id(4)] string? Text);
