using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>
/// One booth's visit statistics for its exhibitor, keyed by the booth id: visits, unique visitors, stays, chat lines
/// and downloads, in total and per hour. Fed one-way by the booth and the Web nodes; read by the booth's staff.
/// </summary>
[Alias("expo.IBoothAnalyticsGrain")]
public interface IBoothAnalyticsGrain : IGrainWithStringKey
{
    /// <summary>Visitors who arrived, and the stays of those who left, as one presence flush saw them.</summary>
    [OneWay, Alias("visits")]
    Task RecordVisitsAsync(IReadOnlyList<string> arrived, IReadOnlyList<TimeSpan> stays);

    [OneWay, Alias("chat")]
    Task RecordChatAsync();

    [OneWay, Alias("download")]
    Task RecordDownloadAsync();

    [Alias("get")]
    Task<BoothAnalytics> GetAsync(string actorId);
}
