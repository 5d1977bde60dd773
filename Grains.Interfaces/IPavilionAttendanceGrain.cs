using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>
/// The middle of the count hierarchy (booth → pavilion → expo), keyed "{expoId}/{pavilionId}": booths report here as
/// their presence changes, and the pavilion passes the changed counts up to the expo's <see cref="IAttendanceGrain"/>
/// in one batch per <see cref="PresenceOptions.CountFlushInterval"/>.
/// </summary>
[Alias("expo.IPavilionAttendanceGrain")]
public interface IPavilionAttendanceGrain : IGrainWithStringKey
{
    [OneWay, Alias("report")]
    Task ReportAsync(BoothCount count);

    [AlwaysInterleave, Alias("stats")]
    Task<PavilionAttendanceStats> GetStatsAsync();

    public static string Key(string expoId, string pavilionId) => $"{expoId}/{pavilionId}";
}

/// <summary>Reports taken in, and batches passed up to the expo.</summary>
[GenerateSerializer, Immutable, Alias("expo.PavilionAttendanceStats")]
public sealed record PavilionAttendanceStats([property: Id(0)] long Reports, [property: Id(1)] long Batches);
