using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>Live visitor counts of one expo, fed by booths as their presence changes, read by every Web node.</summary>
[Alias("expo.IAttendanceGrain")]
public interface IAttendanceGrain : IGrainWithStringKey
{
    /// <summary>The booth's count as of <paramref name="asOf"/>; one-way reports may arrive out of order, so older ones are ignored.</summary>
    [OneWay, Alias("report")]
    Task ReportAsync(string boothId, int count, DateTimeOffset asOf);

    [Alias("counts")]
    Task<IReadOnlyDictionary<string, int>> GetBoothCountsAsync();
}
