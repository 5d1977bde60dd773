using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>
/// Live visitor counts of one expo, read by every Web node, and its attendance over time for organisers. Fed in
/// batches by its pavilions (<see cref="IPavilionAttendanceGrain"/>), never by each booth, so it does not become a
/// hot spot; it samples itself on a timer and keeps the samples in storage.
/// </summary>
[Alias("expo.IAttendanceGrain")]
public interface IAttendanceGrain : IGrainWithStringKey
{
    /// <summary>
    /// A pavilion's booths' counts; one-way batches may arrive out of order, so a count older than the one held is
    /// ignored.
    /// </summary>
    [OneWay, Alias("report-booths")]
    Task ReportBoothsAsync(string pavilionId, IReadOnlyList<BoothCount> counts);

    /// <summary>
    /// How many distinct visitors a Web node has connected now, in a booth or not. A node's figure lapses after
    /// <paramref name="validFor"/> unless reported again, so a node that died stops counting.
    /// </summary>
    [OneWay, Alias("report-online")]
    Task ReportOnlineAsync(string webNodeId, int visitors, TimeSpan validFor);

    [Alias("counts")]
    Task<IReadOnlyDictionary<string, int>> GetBoothCountsAsync();

    /// <summary>Booths with any of their staff in them now, and how many (no names: who they are stays with the booth).</summary>
    [Alias("staffed")]
    Task<IReadOnlyDictionary<string, int>> GetStaffedBoothsAsync();

    /// <summary>The expo now, for an organiser (<paramref name="actorId"/> is checked).</summary>
    [Alias("now")]
    Task<AttendanceNow> GetNowAsync(string actorId);

    /// <summary>Samples from <paramref name="from"/> to <paramref name="to"/> (at most 7 days), oldest first, for an organiser.</summary>
    [Alias("history")]
    Task<IReadOnlyList<AttendanceSample>> GetHistoryAsync(string actorId, DateTimeOffset from, DateTimeOffset to);
}
