using System.Globalization;
using Expo.Grains.Booths;
using Expo.Grains.Models;

namespace Expo.Grains.Analytics;

/// <summary>
/// Counts arrive one-way and often, so the grain writes its state on a timer and when it deactivates rather than on
/// every event: a silo crash may lose the last few seconds of statistics, never a visitor's action.
/// </summary>
public sealed class BoothAnalyticsGrain(
    [PersistentState("analytics", ExpoStorage.Booths)] IPersistentState<BoothAnalyticsState> state,
    ExpoClock clock) : Grain, IBoothAnalyticsGrain
{
    /// <summary>The hourly buckets kept: 62 days, longer than any expo and its follow-up.</summary>
    public const int MaxHours = 24 * 62;

    private readonly TimedStateWrites _writes = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _writes.Start(this, state);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _writes.WriteIfChangedAsync(cancellationToken);

    public Task RecordVisitsAsync(IReadOnlyList<string> arrived, IReadOnlyList<TimeSpan> stays)
    {
        var hour = CurrentHour();
        hour.Visits += arrived.Count;
        foreach (var visitorId in arrived)
        {
            hour.Visitors.Add(visitorId);
            state.State.Visitors.Add(visitorId);
        }

        hour.Stays += stays.Count;
        hour.StaySeconds += stays.Sum(s => s.TotalSeconds);
        _writes.Changed();
        return Task.CompletedTask;
    }

    public Task RecordChatAsync(long lines)
    {
        CurrentHour().ChatMessages += Math.Max(0, lines);
        _writes.Changed();
        return Task.CompletedTask;
    }

    public Task RecordDownloadAsync()
    {
        CurrentHour().Downloads++;
        _writes.Changed();
        return Task.CompletedTask;
    }

    public async Task<BoothAnalytics> GetAsync(string actorId)
    {
        await BoothStaffCheck.RequireStaffAsync(GrainFactory, this.GetPrimaryKeyString(), actorId, "Only the booth's staff see its statistics.");
        var hours = state.State.Hours.OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => Bucket(DateTimeOffset.Parse(h.Key, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), h.Value.Visits, h.Value.Visitors.Count, h.Value)).ToList();
        var total = HourCounts.Sum(state.State.Hours.Values);
        return new BoothAnalytics(this.GetPrimaryKeyString(), Bucket(null, total.Visits, state.State.Visitors.Count, total), hours);
    }

    public async Task<AnalyticsBucket> GetRangeAsync(string actorId, DateTimeOffset from, DateTimeOffset to)
    {
        await BoothStaffCheck.RequireStaffOrOrganiserAsync(GrainFactory, this.GetPrimaryKeyString(), actorId, "Only the booth's staff and organisers see its statistics.");
        var first = new DateTimeOffset(from.UtcDateTime.Date.AddHours(from.UtcDateTime.Hour), TimeSpan.Zero);
        var hours = state.State.Hours
            .Select(h => (Start: DateTimeOffset.Parse(h.Key, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), Counts: h.Value))
            .Where(h => h.Start >= first && h.Start < to)
            .Select(h => h.Counts)
            .ToList();
        var range = HourCounts.Sum(hours);
        return Bucket(null, range.Visits, hours.SelectMany(h => h.Visitors).Distinct().LongCount(), range);
    }

    private static AnalyticsBucket Bucket(DateTimeOffset? hour, long visits, long unique, HourCounts counts) =>
        new(hour, visits, unique, counts.Stays, counts.Stays == 0 ? 0 : Math.Round(counts.StaySeconds / counts.Stays, 1), counts.ChatMessages, counts.Downloads);

    private HourCounts CurrentHour()
    {
        var now = clock.UtcNow;
        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).ToString("yyyy-MM-ddTHH:00:00Z", CultureInfo.InvariantCulture);
        if (!state.State.Hours.TryGetValue(hour, out var counts))
        {
            state.State.Hours[hour] = counts = new HourCounts();

            // The state stays small as the expo ages: the oldest hours go (keys sort by time), the totals with them.
            foreach (var old in state.State.Hours.Keys.Order(StringComparer.Ordinal).Take(state.State.Hours.Count - MaxHours).ToList())
            {
                state.State.Hours.Remove(old);
            }
        }

        return counts;
    }
}
