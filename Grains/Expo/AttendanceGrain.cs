using Expo.Grains.Expo.History;
using Expo.Grains.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Expo;

/// <summary>
/// Holds the latest count of every booth of the expo, as its pavilions pass them up, and samples them on a timer
/// for the organisers' charts and replay. Counts are live facts, not records: they are kept in memory and rebuilt
/// within one renewal interval after a restart, because every booth re-reports on each renewal; the samples are
/// records and go to storage.
/// </summary>
public sealed partial class AttendanceGrain(
    [PersistentState("attendance", ExpoStorage.Expo)] IPersistentState<AttendanceState> state,
    IAttendanceHistoryStore history,
    ExpoClock clock,
    IOptions<AttendanceOptions> attendanceOptions,
    ILogger<AttendanceGrain> logger) : Grain, IAttendanceGrain
{
    private static readonly TimeSpan LongestHistory = TimeSpan.FromDays(7);

    private readonly BoothCounts _counts = new();
    private readonly OnlineNodes _online = new();
    private readonly Dictionary<string, string> _pavilionOf = [];
    private readonly Queue<AttendanceSample> _recent = new();
    private readonly string _epoch = Guid.NewGuid().ToString("N");
    private ActivityTotals _activity = null!;
    private long _samples;

    private AttendanceOptions Options => attendanceOptions.Value;

    private string ExpoId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activity = new ActivityTotals(state.State.Seen);
        this.RegisterGrainTimer(SampleAsync, new GrainTimerCreationOptions(Options.SampleInterval, Options.SampleInterval));
        return Task.CompletedTask;
    }

    public Task ReportBoothsAsync(string pavilionId, IReadOnlyList<BoothCount> counts)
    {
        foreach (var count in counts)
        {
            if (_counts.Apply(count))
            {
                _pavilionOf[count.BoothId] = pavilionId;
                if (count.Activity is { } activity)
                {
                    _activity.Add(count.BoothId, activity);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task ReportOnlineAsync(string webNodeId, int visitors, TimeSpan validFor)
    {
        _online.Report(webNodeId, visitors, clock.UtcNow + validFor);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, int>> GetBoothCountsAsync() => Task.FromResult(_counts.NonEmpty());

    public Task<IReadOnlyDictionary<string, int>> GetStaffedBoothsAsync() => Task.FromResult(_counts.Staffed());

    public async Task<AttendanceNow> GetNowAsync(string actorId)
    {
        await RequireOrganiserAsync(actorId);
        var now = clock.UtcNow;
        var booths = _counts.NonEmpty();
        var lastMinute = _recent.Where(s => s.At > now - TimeSpan.FromMinutes(1)).ToList();

        // The current, unsampled interval counts too; rates are per minute over the time the samples cover.
        var covered = TimeSpan.FromTicks(Options.SampleInterval.Ticks * (lastMinute.Count + 1));
        double PerMinute(long total) => total / covered.TotalMinutes;
        return new AttendanceNow(
            now, booths.Values.Sum(), Pavilions(booths), booths,
            PerMinute(lastMinute.Sum(s => s.Joins) + _activity.Joins),
            PerMinute(lastMinute.Sum(s => s.Leaves) + _activity.Leaves),
            PerMinute(lastMinute.Sum(s => s.ChatLines) + _activity.ChatLines),
            _online.Total(now),
            _counts.Staffed(),
            _counts.Unstaffed(),
            _counts.Queues());
    }

    public async Task<IReadOnlyList<AttendanceSample>> GetHistoryAsync(string actorId, DateTimeOffset from, DateTimeOffset to)
    {
        await RequireOrganiserAsync(actorId);
        if (to < from || to - from > LongestHistory)
        {
            throw ExpoException.Invalid($"A history runs forwards and covers at most {LongestHistory.TotalDays:F0} days.");
        }

        var samples = new List<AttendanceSample>();
        var recentFrom = _recent.TryPeek(out var oldest) ? oldest.At : DateTimeOffset.MaxValue;
        if (from < recentFrom)
        {
            for (var day = DateOnly.FromDateTime(from.UtcDateTime); day <= DateOnly.FromDateTime(to.UtcDateTime); day = day.AddDays(1))
            {
                samples.AddRange((await history.ReadDayAsync(ExpoId, day)).Where(s => s.At < recentFrom));
            }
        }

        samples.AddRange(_recent);

        // A sample whose append timed out but landed may have been written again: each is kept once.
        return [.. samples.Where(s => s.At >= from && s.At <= to).DistinctBy(s => s.Id).OrderBy(s => s.At)];
    }

    private async Task SampleAsync()
    {
        var booths = _counts.NonEmpty();
        var seenChanged = _activity.Changed;
        var (joins, leaves, chatLines) = _activity.Take();
        var sample = new AttendanceSample(
            clock.UtcNow, booths.Values.Sum(), Pavilions(booths), booths, joins, leaves, chatLines, $"{_epoch}-{++_samples}", _online.Total(clock.UtcNow));
        _recent.Enqueue(sample);
        while (_recent.Peek().At < sample.At - Options.RecentHistory)
        {
            _recent.Dequeue();
        }

        try
        {
            await history.AppendAsync(ExpoId, sample);
            if (seenChanged)
            {
                await state.WriteStateAsync();
            }
        }
        catch (Exception exception)
        {
            // The sample stays in memory for the live console; only the long-range history misses it.
            LogSampleNotStored(logger, exception, ExpoId);
        }
    }

    private Dictionary<string, int> Pavilions(IReadOnlyDictionary<string, int> booths) =>
        booths.GroupBy(b => _pavilionOf.GetValueOrDefault(b.Key, "")).ToDictionary(g => g.Key, g => g.Sum(b => b.Value));

    private Task RequireOrganiserAsync(string actorId) => GrainFactory.RequireOrganiserAsync(actorId, "Only organisers see the expo's attendance.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attendance of {ExpoId}: a sample could not be stored")]
    private static partial void LogSampleNotStored(ILogger logger, Exception exception, string expoId);
}
