using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>
/// Live visitor counts of one expo, read by every Web node. Fed in batches by its pavilions
/// (<see cref="IPavilionAttendanceGrain"/>), never by each booth, so it does not become a hot spot.
/// </summary>
[Alias("expo.IAttendanceGrain")]
public interface IAttendanceGrain : IGrainWithStringKey
{
    /// <summary>Booths' counts; one-way batches may arrive out of order, so a count older than the one held is ignored.</summary>
    [OneWay, Alias("report-booths")]
    Task ReportBoothsAsync(IReadOnlyList<BoothCount> counts);

    [Alias("counts")]
    Task<IReadOnlyDictionary<string, int>> GetBoothCountsAsync();
}
