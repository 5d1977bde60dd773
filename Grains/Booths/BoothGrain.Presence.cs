using Expo.Grains.Models;
using Microsoft.Extensions.Logging;

namespace Expo.Grains.Booths;

/// <summary>Web-node subscriptions, coalescing and announcing presence changes, and expiring leases.</summary>
public sealed partial class BoothGrain
{
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
        if (_presence.Leave(connectionId))
        {
            SchedulePresenceFlush();
        }

        return Task.CompletedTask;
    }

    public Task RenewAsync(string webNodeId, IBoothObserver observer, IReadOnlyList<BoothConnection> connections)
    {
        RequireProfile();
        var now = _clock.UtcNow;
        _subscribers.Subscribe(webNodeId, observer, now);
        var changed = false;
        foreach (var connection in connections)
        {
            changed |= _presence.Enter(connection.ConnectionId, connection.Visitor, now);
        }

        Sweep();
        if (changed)
        {
            SchedulePresenceFlush();
        }

        // Renewals double as a heartbeat for the live counts, which live only in memory.
        ReportCount();
        return Task.CompletedTask;
    }

    private void Sweep()
    {
        var expired = _presence.Expire(_clock.UtcNow);
        if (expired > 0)
        {
            ExpoGrainMetrics.LeasesExpired.Add(expired);
            LogLeasesExpired(_logger, BoothId, expired);
            SchedulePresenceFlush();
        }
    }

    private Task SweepAsync(CancellationToken cancellationToken)
    {
        Sweep();
        return Task.CompletedTask;
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
        if (!_presence.HasChanges)
        {
            return Task.CompletedTask;
        }

        var change = _presence.TakeChanges(BoothId);
        TrackVisits(change);
        var sends = _subscribers.Notify(o => o.OnPresenceAsync(change), _clock.UtcNow);
        _presenceSends += sends;
        ExpoGrainMetrics.ObserverSends.Add(sends);
        ReportCount();
        return Task.CompletedTask;
    }

    private void ReportCount()
    {
        if (_expoId is { } expoId)
        {
            GrainFactory.GetGrain<IAttendanceGrain>(expoId).ReportAsync(BoothId, _presence.Count, _clock.UtcNow).Ignore();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Booth {BoothId}: {Expired} connections dropped after their lease ran out")]
    private static partial void LogLeasesExpired(ILogger logger, string boothId, int expired);
}
