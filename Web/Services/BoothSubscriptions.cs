using System.Collections.Concurrent;
using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Hosting;
using Expo.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Services;

/// <summary>
/// Which booths this node has connections in. The node subscribes to a booth when its first local connection
/// enters, renews its connections' leases and its subscription in one call per booth, and unsubscribes once the
/// booth has been empty here for a renewal round.
/// </summary>
public sealed partial class BoothSubscriptions : IRenewedSubscriptions
{
    private readonly NodeSubscriptions<BoothConnection> _booths;
    private readonly ConcurrentDictionary<string, string> _connectionBooth = new();
    private readonly IClusterClient _cluster;
    private readonly IHubContext<ExpoHub, IExpoClient> _hub;
    private readonly HubFeatures _features;

    // Held for the life of the node: the cluster keeps only a weak reference to an observer object.
    private readonly BoothBroadcaster _broadcaster;
    private readonly IBoothObserver _observer;

    public BoothSubscriptions(
        IClusterClient cluster, IHubContext<ExpoHub, IExpoClient> hub, WebNode node, ExpoCatalog catalog, ILogger<BoothSubscriptions> logger,
        HubFeatures features)
    {
        _features = features;
        _cluster = cluster;
        _hub = hub;
        _broadcaster = new BoothBroadcaster(hub, LocalConnections, _ => catalog.Invalidate(), AdmitAsync, QueueMovedAsync, EvictAsync, TellMuteAsync);
        _observer = cluster.CreateObjectReference<IBoothObserver>(_broadcaster);
        _booths = new("booth",
            id => Booth(id).SubscribeAsync(node.Id, _observer),
            (id, connections) => Booth(id).RenewAsync(node.Id, _observer, connections),
            id => Booth(id).UnsubscribeAsync(node.Id),
            logger);
    }

    /// <summary>This node's connections inside the booth (not those queued for it).</summary>
    public int LocalConnections(string boothId) => _booths.Connections(boothId).Count(c => !c.Value.Queued);

    public string? BoothOf(string connectionId) => _connectionBooth.GetValueOrDefault(connectionId);

    /// <summary>
    /// Records the connection as waiting for the booth's answer: renewals report it as queued, so the booth never
    /// takes it for someone inside it has not let in.
    /// </summary>
    public async Task AttachAsync(string connectionId, string boothId, VisitorRef visitor)
    {
        await _booths.AttachAsync(boothId, connectionId, new BoothConnection(connectionId, visitor, Queued: true));
        _connectionBooth[connectionId] = boothId;
    }

    public void Detach(string connectionId, string boothId)
    {
        _connectionBooth.TryRemove(KeyValuePair.Create(connectionId, boothId));
        _booths.Detach(boothId, connectionId);
    }

    public Task<int> RenewAllAsync() => _booths.RenewAllAsync();

    public async Task UnsubscribeAllAsync()
    {
        await _booths.UnsubscribeAllAsync();
        _cluster.DeleteObjectReference<IBoothObserver>(_observer);
    }

    private IBoothGrain Booth(string boothId) => _cluster.GetGrain<IBoothGrain>(boothId);
}
