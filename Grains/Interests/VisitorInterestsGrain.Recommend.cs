using Expo.Grains.Models;

namespace Expo.Grains.Interests;

/// <summary>
/// Recommendations at a handful of grain calls, whatever the number of booths: the expo's profiles (read live, so a
/// profile edit counts at once), the booths' catalogue offers from this silo's <see cref="BoothOffers"/>, one call to
/// the expo's attendance for which booths have staff in them, and then only the recommended booths are asked who of
/// their staff is there.
/// </summary>
public sealed partial class VisitorInterestsGrain
{
    /// <summary>Stands for staff the attendance counts in a booth not asked yet: it scores, and is never shown.</summary>
    private static readonly IReadOnlyList<VisitorRef> NotAskedYet = [new VisitorRef("", "")];

    public async Task<IReadOnlyList<Recommendation>> RecommendAsync(string expoId)
    {
        var interests = await GetAsync();
        var expo = await ExpoAsync(expoId);
        if (interests is { Fields.Count: 0, Cities.Count: 0, Goals.Count: 0 })
        {
            return [];
        }

        var booths = expo.Pavilions.SelectMany(p => p.Booths).Select(b => b.Id).ToList();
        var staffed = GrainFactory.GetGrain<IAttendanceGrain>(expoId).GetStaffedBoothsAsync();
        var offered = await Task.WhenAll(booths.Select(offers.GetAsync));
        var staffedNow = await staffed;

        // The booths themselves say who is in them now: a pick whose staff just came or went is scored again, until
        // every booth recommended has answered (each booth is asked once at most).
        var present = new Dictionary<string, IReadOnlyList<VisitorRef>>();
        while (true)
        {
            var signals = booths.Zip(offered).ToDictionary(b => b.First, b => b.Second with
            {
                StaffPresent = present.GetValueOrDefault(b.First) ?? (staffedNow.ContainsKey(b.First) ? NotAskedYet : []),
            });
            var picks = BoothRecommender.Recommend(interests, expo, signals, InterestRules.MaxRecommendations);
            var unasked = picks.Select(p => p.BoothId).Where(id => !present.ContainsKey(id)).ToList();
            if (unasked.Count == 0)
            {
                return picks;
            }

            var staff = await Task.WhenAll(unasked.Select(id => GrainFactory.GetGrain<IBoothGrain>(id).GetStaffOnlineAsync()));
            foreach (var (boothId, names) in unasked.Zip(staff))
            {
                present[boothId] = names;
            }
        }
    }
}
