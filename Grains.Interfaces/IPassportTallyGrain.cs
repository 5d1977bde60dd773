using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>
/// How many visitors of one expo hold how many passport stamps, keyed by the expo id, for the organiser console.
/// Passports report each change of their count (at most once per pavilion per visitor), not each visit.
/// </summary>
[Alias("expo.IPassportTallyGrain")]
public interface IPassportTallyGrain : IGrainWithStringKey
{
    /// <summary>A passport's stamps in this expo went from <paramref name="from"/> to <paramref name="to"/>.</summary>
    [OneWay, Alias("changed")]
    Task ChangedAsync(int from, int to);

    /// <summary>The figures, for an organiser.</summary>
    [Alias("get")]
    Task<PassportTally> GetAsync(string actorId);
}
