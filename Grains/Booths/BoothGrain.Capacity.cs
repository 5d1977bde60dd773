using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>
/// The booth's cap and the queue in front of it. The cap is the staff's setting, stored by the staff grain and pushed
/// here (<see cref="ApplyStaffAsync"/>); the queue, like presence, lives in memory and is rebuilt from the Web nodes' renewals. Staff neither count toward
/// the cap nor queue: they must always reach their own booth. Whenever there is room, the head of the queue gets in at
/// once, and only the Web node holding its connections hears of it.
/// </summary>
public sealed partial class BoothGrain
{
    private const double StayWeight = 0.2;

    /// <summary>A moving average of recent visits' length, for a rough wait estimate; memory only.</summary>
    private double? _typicalStaySeconds;

    /// <summary>Visitors inside who count toward the cap: everyone but the booth's staff.</summary>
    private int Occupancy => _presence.Count - StaffPresent;

    /// <summary>The booth's own staff among those inside.</summary>
    private int StaffPresent => _staffById.Keys.Count(_presence.Contains);

    public Task<BoothSnapshot> EnterOrQueueAsync(string webNodeId, string connectionId, VisitorRef visitor)
    {
        var profile = RequireProfile();
        RequireNotBarred(visitor.VisitorId);
        Sweep();
        if (MustQueue(visitor))
        {
            var position = _queue.Join(webNodeId ?? "", connectionId, visitor, _clock.UtcNow);
            if (_queue.Changed)
            {
                SchedulePresenceFlush();
            }

            return Task.FromResult(new BoothSnapshot(
                profile, _presence.Count, [], [], 0, _presence.Version, Capacity, Occupancy, _queue.Count, position, EstimateWait(position)));
        }

        // A connection that gets in holds no place in the line any more.
        if (_queue.Remove(connectionId) | _presence.Enter(connectionId, visitor, _clock.UtcNow))
        {
            SchedulePresenceFlush();
        }

        // A muted visitor learns it on entering, not only when a line is refused.
        return Task.FromResult(WithMute(Snapshot(profile), visitor.VisitorId));
    }

    public Task<BoothCapacity> GetCapacityAsync()
    {
        RequireProfile();
        Sweep();
        return Task.FromResult(CurrentCapacity());
    }

    private BoothCapacity CurrentCapacity() => new(BoothId, Capacity, Occupancy, _queue.Count);

    private bool MustQueue(VisitorRef visitor) =>
        Capacity is { } cap
        && !IsStaff(visitor.VisitorId)
        && !_presence.Contains(visitor.VisitorId)
        && (_queue.Count > 0 || Occupancy >= cap);

    private BoothSnapshot Snapshot(BoothProfile profile) => new(
        profile, _presence.Count, _presence.Visitors, LatestVisible(), _chat.DurableThrough, _presence.Version,
        Capacity, Capacity is null ? null : Occupancy, _queue.Count);

    private PresenceChanged WithCapacity(PresenceChanged change) =>
        change with { Capacity = Capacity, Occupancy = Capacity is null ? null : Occupancy, QueueLength = _queue.Count };

    /// <summary>Lets in the head of the queue while there is room; each admitted visitor's nodes hear of it at once.</summary>
    private void AdmitFromQueue()
    {
        while (_queue.Count > 0 && _profile is { } profile && (Capacity is not { } cap || Occupancy < cap))
        {
            var (visitor, nodeOf) = _queue.TakeFirst()!.Value;
            var now = _clock.UtcNow;
            foreach (var connectionId in nodeOf.Keys)
            {
                _presence.Enter(connectionId, visitor, now);
            }

            SchedulePresenceFlush();
            var snapshot = WithMute(Snapshot(profile), visitor.VisitorId);
            foreach (var node in nodeOf.GroupBy(c => c.Value, c => c.Key))
            {
                var admission = new BoothAdmission(BoothId, [.. node], snapshot);
                _subscribers.NotifyNode(node.Key, o => o.OnAdmittedAsync(admission), now);
            }
        }
    }

    /// <summary>
    /// A node renews a connection it holds as queued. One already let in is renewed inside and its node told again (it
    /// missed the one-way admission); one the booth does not know (a new activation) joins the end of the line.
    /// </summary>
    private bool RenewQueued(string webNodeId, BoothConnection connection, DateTimeOffset now)
    {
        if (_presence.HasConnection(connection.ConnectionId))
        {
            _presence.Enter(connection.ConnectionId, connection.Visitor, now);
            var admission = new BoothAdmission(BoothId, [connection.ConnectionId], WithMute(Snapshot(_profile!), connection.Visitor.VisitorId));
            _subscribers.NotifyNode(webNodeId, o => o.OnAdmittedAsync(admission), now);
            return false;
        }

        // Back in line, at its end if the booth had lost it; if there is room now, it is let in through the queue after the
        // renewal, so its node hears of it like of any admission.
        var known = _queue.Contains(connection.ConnectionId);
        _queue.Join(webNodeId, connection.ConnectionId, connection.Visitor, now);
        return !known;
    }

    private void SendQueuePositions()
    {
        var length = _queue.Count;
        var now = _clock.UtcNow;
        foreach (var node in _queue.Places().GroupBy(p => p.WebNodeId))
        {
            var update = new BoothQueueUpdate(
                BoothId, node.ToDictionary(p => p.ConnectionId, p => new QueuePosition(BoothId, p.Position, length, EstimateWait(p.Position))));
            _subscribers.NotifyNode(node.Key, o => o.OnQueueAsync(update), now);
        }
    }

    private int? EstimateWait(int position) =>
        _typicalStaySeconds is { } stay && Capacity is { } cap ? (int)Math.Ceiling(position * stay / cap) : null;

    private void LearnStays(IEnumerable<TimeSpan> stays)
    {
        foreach (var stay in stays)
        {
            _typicalStaySeconds = _typicalStaySeconds is { } typical
                ? typical + StayWeight * (stay.TotalSeconds - typical)
                : stay.TotalSeconds;
        }
    }
}
