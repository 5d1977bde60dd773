using Expo.Grains.Models;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Expo;

/// <summary>
/// Gathers its booths' counts and passes the changed ones up to the expo once per flush interval. Kept in memory
/// only, like the expo's counts: booths re-report on every renewal.
/// </summary>
public sealed class PavilionAttendanceGrain(IOptions<PresenceOptions> options) : Grain, IPavilionAttendanceGrain
{
    private readonly BoothCounts _counts = new();
    private readonly HashSet<string> _changed = [];
    private IGrainTimer? _flush;
    private long _reports;
    private long _batches;

    private string ExpoId => this.GetPrimaryKeyString()[..this.GetPrimaryKeyString().IndexOf('/')];

    private string PavilionId => this.GetPrimaryKeyString()[(this.GetPrimaryKeyString().IndexOf('/') + 1)..];

    public Task ReportAsync(BoothCount count)
    {
        _reports++;
        if (_counts.Apply(count))
        {
            _changed.Add(count.BoothId);
            _flush ??= this.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions(options.Value.CountFlushInterval, Timeout.InfiniteTimeSpan));
        }

        return Task.CompletedTask;
    }

    public Task<PavilionAttendanceStats> GetStatsAsync() => Task.FromResult(new PavilionAttendanceStats(_reports, _batches));

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => FlushAsync();

    private Task FlushAsync()
    {
        _flush?.Dispose();
        _flush = null;
        if (_changed.Count > 0)
        {
            var batch = _changed.Select(boothId => _counts[boothId]).ToList();
            _changed.Clear();
            _batches++;
            GrainFactory.GetGrain<IAttendanceGrain>(ExpoId).ReportBoothsAsync(PavilionId, batch).Ignore();
        }

        return Task.CompletedTask;
    }
}
