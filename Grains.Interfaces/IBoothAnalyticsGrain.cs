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

    /// <summary>Chat lines a Web node stored in the booth since its last count.</summary>
    [OneWay, Alias("chat-lines")]
    Task RecordChatAsync(long lines);

    [OneWay, Alias("download")]
    Task RecordDownloadAsync();

    /// <summary>
    /// The figures of the UTC hours that start from the hour of <paramref name="from"/> up to <paramref name="to"/>,
    /// with unique visitors counted once over the whole range, for the booth's staff or an organiser's report.
    /// </summary>
    [Alias("range")]
    Task<AnalyticsBucket> GetRangeAsync(string actorId, DateTimeOffset from, DateTimeOffset to);

    [Alias("get")]
    Task<BoothAnalytics> GetAsync(string actorId);
}
