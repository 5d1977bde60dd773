using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>Live visitor counts of one expo, fed by booths as their presence changes, read by every Web node.</summary>
[Alias("expo.IAttendanceGrain")]
public interface IAttendanceGrain : IGrainWithStringKey
{
    [OneWay, Alias("report")]
    Task ReportAsync(string boothId, int count);

    [Alias("counts")]
    Task<IReadOnlyDictionary<string, int>> GetBoothCountsAsync();
}
