using Expo.Grains.Models;
using Expo.Web.Hubs;

namespace Expo.Web.Services;

/// <summary>
/// This node's connections in booth queues. The booth tells only the node that holds a queued connection when it moves
/// up or gets in; the node passes that to the connection, and moves an admitted one into the booth's group.
/// </summary>
public sealed partial class BoothSubscriptions
{
    /// <summary>True while the connection waits in (or for an answer from) the booth's queue rather than being inside.</summary>
    public bool IsQueued(string connectionId, string boothId) =>
        _booths.TryGetEntry(boothId, connectionId, out var connection) && connection.Queued;

    /// <summary>The booth let the connection in: from now on it is renewed as inside. False when it is not queued here.</summary>
    public bool MarkInside(string connectionId, string boothId) =>
        _booths.TryGetEntry(boothId, connectionId, out var connection) && connection.Queued
        && _booths.TryUpdate(boothId, connectionId, connection, connection with { Queued = false });

    private async Task AdmitAsync(BoothAdmission admission)
    {
        foreach (var connectionId in admission.ConnectionIds)
        {
            if (MarkInside(connectionId, admission.BoothId))
            {
                await _hub.Groups.AddToGroupAsync(connectionId, _features.BoothGroupOf(connectionId, admission.BoothId));
                await _hub.Clients.Client(connectionId).BoothAdmitted(admission.Snapshot);
            }
            else if (BoothOf(connectionId) != admission.BoothId)
            {
                // The connection closed while it waited: give its place back now rather than when its lease runs out.
                await Booth(admission.BoothId).LeaveAsync(connectionId);
            }
        }
    }

    private async Task QueueMovedAsync(BoothQueueUpdate update)
    {
        foreach (var (connectionId, position) in update.Positions)
        {
            if (IsQueued(connectionId, update.BoothId))
            {
                await _hub.Clients.Client(connectionId).QueuePositionChanged(position);
            }
        }
    }
}
