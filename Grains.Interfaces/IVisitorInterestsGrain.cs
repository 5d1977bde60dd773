using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>
/// One visitor's stated interests, keyed by the visitor id, and the booths the expo recommends to them from those
/// interests, the booths' fields, pavilions and catalogues, and which booths have staff in them now.
/// </summary>
[Alias("expo.IVisitorInterestsGrain")]
public interface IVisitorInterestsGrain : IGrainWithStringKey
{
    [Alias("get")]
    Task<VisitorInterests> GetAsync();

    /// <summary>Replaces the interests; field and city ids the expo does not know are refused.</summary>
    [Alias("set")]
    Task<VisitorInterests> SetAsync(string expoId, VisitorInterests interests);

    /// <summary>Up to <see cref="InterestRules.MaxRecommendations"/> booths of the expo, best match first, each with its reasons.</summary>
    [Alias("recommend")]
    Task<IReadOnlyList<Recommendation>> RecommendAsync(string expoId);
}
