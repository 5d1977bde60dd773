namespace Expo.Grains.Models;

/// <summary>A booth's visit statistics: <see cref="Total"/> over the whole expo, <see cref="Hours"/> per UTC hour, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothAnalytics")]
public sealed record BoothAnalytics(
    [property: Id(0)] string BoothId,
    [property: Id(1)] AnalyticsBucket Total,
    [property: Id(2)] IReadOnlyList<AnalyticsBucket> Hours);

/// <summary>
/// Visits (arrivals), unique visitors, completed stays and their average length in seconds, chat lines and brochure
/// downloads; <see cref="Hour"/> is the bucket's UTC hour, or null for the total.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.AnalyticsBucket")]
public sealed record AnalyticsBucket(
    [property: Id(0)] DateTimeOffset? Hour,
    [property: Id(1)] long Visits,
    [property: Id(2)] long UniqueVisitors,
    [property: Id(3)] long Stays,
    [property: Id(4)] double AverageStaySeconds,
    [property: Id(5)] long ChatMessages,
    [property: Id(6)] long Downloads);
