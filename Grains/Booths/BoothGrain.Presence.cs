using Expo.Grains.Models;
using Microsoft.Extensions.Logging;

namespace Expo.Grains.Booths;

/// <summary>Web-node subscriptions, coalescing and announcing presence changes, and expiring leases.</summary>
public sealed partial class BoothGrain
{
    // Activity counters of this activation, reported with every count so the expo can tell joins, leaves and chat
    // lines per minute; the epoch tells the expo when a new activation started them again from zero.
    private readonly string _activityEpoch = Guid.NewGuid().ToString("N");
    private long _joins;
    private long _leaves;

    public Task SubscribeAsync(string webNodeId, IBoothObserver observer)
    {
        _subscribers.Subscribe(webNodeId, observer, _clock.UtcNow);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(string webNodeId)
    {
        _subscribers.Unsubscribe(webNodeId);
        return Task.CompletedTask;
    }

    public Task LeaveAsync(string connectionId)
    {
        if (_presence.Leave(connectionId) | _queue.Remove(connectionId))
        {
            SchedulePresenceFlush();
        }

        AdmitFromQueue();
        return Task.CompletedTask;
    }

    public Task RenewAsync(string webNodeId, IBoothObserver observer, IReadOnlyList<BoothConnection> connections)
    {
        RequireProfile();
        var now = _clock.UtcNow;
        _subscribers.Subscribe(webNodeId, observer, now);
        var changed = false;
        foreach (var connection in connections.Where(c => !IsBarred(c.Visitor.VisitorId)))
        {
            changed |= connection.Queued
                ? RenewQueued(webNodeId, connection, now)
                : _queue.Remove(connection.ConnectionId) | _presence.Enter(connection.ConnectionId, connection.Visitor, now);
        }

        Sweep();
        if (changed)
        {
            SchedulePresenceFlush();
        }

        AdmitFromQueue();

        // Renewals double as a heartbeat for the live counts, which live only in memory.
        ReportCount();
        return Task.CompletedTask;
    }

    private void Sweep()
    {
        var now = _clock.UtcNow;
        var expired = _presence.Expire(now);
        var expiredInQueue = _queue.Expire(now);
        if (expired + expiredInQueue > 0)
        {
            ExpoGrainMetrics.LeasesExpired.Add(expired + expiredInQueue);
            LogLeasesExpired(_logger, BoothId, expired + expiredInQueue);
            SchedulePresenceFlush();
            AdmitFromQueue();
        }

        StampLongStays();
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        Sweep();
        if (_sanctions.Version < 0 && _profile is not null)
        {
            await LoadSanctionsAsync();
        }
    }

    private void SchedulePresenceFlush()
    {
        if (_flushTimer is not null)
        {
            return;
        }

        _flushTimer = this.RegisterGrainTimer(
            FlushPresenceAsync, new GrainTimerCreationOptions(_options.CoalesceWindow, Timeout.InfiniteTimeSpan));
    }

    private Task FlushPresenceAsync(CancellationToken cancellationToken)
    {
        _flushTimer?.Dispose();
        _flushTimer = null;
        var queueMoved = _queue.Changed;
        if (!_presence.HasChanges && !queueMoved)
        {
            return Task.CompletedTask;
        }

        var change = WithCapacity(_presence.TakeChanges(BoothId));
        _joins += change.Joined.Count;
        _leaves += change.Left.Count;
        TrackVisits(change);
        var sends = _subscribers.Notify(o => o.OnPresenceAsync(change), _clock.UtcNow);
        _presenceSends += sends;
        ExpoGrainMetrics.ObserverSends.Add(sends);
        if (queueMoved)
        {
            _queue.Changed = false;
            SendQueuePositions();
        }

        ReportCount();
        return Task.CompletedTask;
    }

    private void ReportCount()
    {
        if (_expoId is { } expoId && _profile is { } profile)
        {
            var activity = new BoothActivity(_activityEpoch, _joins, _leaves, _linesStored);
            GrainFactory.GetGrain<IPavilionAttendanceGrain>(IPavilionAttendanceGrain.Key(expoId, profile.PavilionId))
                .ReportAsync(new BoothCount(BoothId, _presence.Count, _clock.UtcNow, activity, StaffPresent, _queue.Count)).Ignore();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Booth {BoothId}: {Expired} connections dropped after their lease ran out")]
    private static partial void LogLeasesExpired(ILogger logger, string boothId, int expired);
}
