namespace Expo.Grains.Models;

/// <summary>
/// A booth the expo suggests to a visitor, why (<see cref="Reasons"/>, strongest first), and the booth's staff who are
/// in it now: only those present, never its whole staff list.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.Recommendation")]
public sealed record Recommendation(
    [property: Id(0)] string BoothId,
    [property: Id(1)] LocalizedText BoothName,
    [property: Id(2)] string PavilionId,
    [property: Id(3)] int Score,
    [property: Id(4)] IReadOnlyList<RecommendationReason> Reasons,
    [property: Id(5)] IReadOnlyList<VisitorRef> StaffPresent);

/// <summary>
/// One reason: <see cref="Kind"/> "field" or "city" (with the matched <see cref="Id"/> and its <see cref="Name"/>),
/// "goal" (<see cref="Id"/> buy, partner or learn, and what in the booth meets it) or "staff" (staff are in the booth now).
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.RecommendationReason")]
public sealed record RecommendationReason(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] LocalizedText? Name);
