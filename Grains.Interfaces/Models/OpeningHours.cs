namespace Expo.Grains.Models;

/// <summary>When a booth is staffed, in the booth's own IANA time zone, so visitors anywhere can convert it.</summary>
[GenerateSerializer, Immutable, Alias("expo.OpeningHours")]
public sealed record OpeningHours(
    [property: Id(0)] string TimeZone,
    [property: Id(1)] IReadOnlyList<OpeningPeriod> Weekly);
