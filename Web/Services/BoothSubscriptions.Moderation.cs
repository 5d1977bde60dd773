using Expo.Grains.Models;
using Expo.Web.Hubs;

namespace Expo.Web.Services;

/// <summary>
/// A ban takes a visitor out of a booth on every node: each node drops its own connections of that visitor. A mute or its
/// end reaches only that visitor's connections.
/// </summary>
public sealed partial class BoothSubscriptions
{
    private async Task EvictAsync(RemovedFromBooth removed)
    {
        var connections = _booths.Connections(removed.BoothId)
            .Where(c => !c.Value.Queued && c.Value.Visitor.VisitorId == removed.VisitorId).Select(c => c.Key).ToList();
        foreach (var connectionId in connections)
        {
            // Detached first, so the next renewal does not hand the booth the connection back.
            Detach(connectionId, removed.BoothId);
            await _hub.Groups.RemoveFromGroupAsync(connectionId, _features.BoothGroupOf(connectionId, removed.BoothId));
            await _hub.Clients.Client(connectionId).RemovedFromBooth(removed);
        }
    }

    /// <summary>Only the visitor's own connections inside the booth hear that they were muted or may speak again.</summary>
    private Task TellMuteAsync(MuteChanged change)
    {
        var connections = _booths.Connections(change.BoothId)
            .Where(c => !c.Value.Queued && c.Value.Visitor.VisitorId == change.VisitorId).Select(c => c.Key).ToList();
        return connections.Count == 0 ? Task.CompletedTask : _hub.Clients.Clients(connections).MuteChanged(change);
    }
}
