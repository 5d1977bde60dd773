using Expo.Grains.Models;

namespace Expo.Grains.Interests;

/// <summary>
/// Scores each booth against a visitor's interests: a shared field of cooperation weighs most, then the city, then
/// what the visitor looks for; staff present now add a little, so people can talk at once. Booths that match none of
/// the interests are not recommended, however busy.
/// </summary>
public static class BoothRecommender
{
    private const int FieldWeight = 3;
    private const int CityWeight = 2;
    private const int GoalWeight = 1;
    private const int StaffWeight = 1;

    public static IReadOnlyList<Recommendation> Recommend(
        VisitorInterests interests, ExpoDefinition expo, IReadOnlyDictionary<string, BoothSignals> signals, int max)
    {
        var fields = expo.Fields.ToDictionary(f => f.Id, f => f.Name);
        var picks = new List<Recommendation>();
        foreach (var pavilion in expo.Pavilions)
        {
            foreach (var booth in pavilion.Booths)
            {
                var signal = signals.GetValueOrDefault(booth.Id) ?? new BoothSignals(0, 0, 0, []);
                var reasons = new List<(int Weight, RecommendationReason Reason)>();
                reasons.AddRange(booth.Fields.Where(interests.Fields.Contains)
                    .Select(f => (FieldWeight, new RecommendationReason("field", f, fields.GetValueOrDefault(f)))));
                if (interests.Cities.Contains(pavilion.Id))
                {
                    reasons.Add((CityWeight, new RecommendationReason("city", pavilion.Id, pavilion.Name)));
                }

                reasons.AddRange(interests.Goals.Where(g => Meets(g, booth, signal)).Select(g => (GoalWeight, new RecommendationReason("goal", g, null))));
                if (reasons.Count == 0)
                {
                    continue;
                }

                if (signal.StaffPresent.Count > 0)
                {
                    reasons.Add((StaffWeight, new RecommendationReason("staff", booth.Id, null)));
                }

                picks.Add(new Recommendation(booth.Id, booth.Name, pavilion.Id, reasons.Sum(r => r.Weight),
                    [.. reasons.OrderByDescending(r => r.Weight).Select(r => r.Reason)], signal.StaffPresent));
            }
        }

        return [.. picks.OrderByDescending(p => p.Score).ThenBy(p => p.BoothId, StringComparer.Ordinal).Take(max)];
    }

    /// <summary>To buy: the booth lists priced items. To partner: its staff are there to talk. To learn: it offers brochures or research.</summary>
    private static bool Meets(string goal, BoothProfile booth, BoothSignals signal) => goal switch
    {
        InterestRules.Buy => signal.PricedItems > 0,
        InterestRules.Partner => signal.StaffPresent.Count > 0,
        InterestRules.Learn => signal.Brochures > 0 || booth.Fields.Contains("cultural-research"),
        _ => false,
    };
}
