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
public sealed partial class BoothSubscriptions
{
    private readonly ConcurrentDictionary<string, LocalBooth> _booths = new();
    private readonly ConcurrentDictionary<string, string> _connectionBooth = new();
    private readonly IClusterClient _cluster;
    private readonly WebNode _node;
    private readonly ILogger<BoothSubscriptions> _logger;
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
        _node = node;
        _logger = logger;
        _hub = hub;
        _broadcaster = new BoothBroadcaster(hub, LocalConnections, _ => catalog.Invalidate(), AdmitAsync, QueueMovedAsync, EvictAsync);
        _observer = cluster.CreateObjectReference<IBoothObserver>(_broadcaster);
    }

    public int LocalConnections(string boothId) => _booths.TryGetValue(boothId, out var booth) ? booth.Connections.Count : 0;

    public string? BoothOf(string connectionId) => _connectionBooth.GetValueOrDefault(connectionId);

    /// <summary>
    /// Records the connection as waiting for the booth's answer: renewals report it as queued, so the booth never
    /// takes it for someone inside it has not let in.
    /// </summary>
    public async Task AttachAsync(string connectionId, string boothId, VisitorRef visitor)
    {
        while (true)
        {
            var booth = _booths.GetOrAdd(boothId, id => new LocalBooth(id));
            await booth.Sync.WaitAsync();
            try
            {
                if (booth.Removed)
                {
                    continue;
                }

                if (!booth.Subscribed)
                {
                    await GrainCalls.TimeAsync("subscribe", () => Booth(boothId).SubscribeAsync(_node.Id, _observer));
                    booth.Subscribed = true;
                }

                booth.Connections.TryRemove(connectionId, out _);
                booth.Queued[connectionId] = visitor;
                _connectionBooth[connectionId] = boothId;
                return;
            }
            finally
            {
                booth.Sync.Release();
            }
        }
    }

    public void Detach(string connectionId, string boothId)
    {
        _connectionBooth.TryRemove(KeyValuePair.Create(connectionId, boothId));
        if (_booths.TryGetValue(boothId, out var booth))
        {
            booth.Connections.TryRemove(connectionId, out _);
            booth.Queued.TryRemove(connectionId, out _);
        }
    }

    /// <summary>One renewal round over every local booth; returns how many booths could not be renewed.</summary>
    public async Task<int> RenewAllAsync()
    {
        var results = await Task.WhenAll(_booths.Values.Select(RenewAsync));
        return results.Count(ok => !ok);
    }

    /// <summary>Drops every subscription, for a clean shutdown.</summary>
    public async Task UnsubscribeAllAsync()
    {
        await Task.WhenAll(_booths.Values.Where(b => b.Subscribed).Select(b => Booth(b.BoothId).UnsubscribeAsync(_node.Id)));
        _cluster.DeleteObjectReference<IBoothObserver>(_observer);
    }

    private async Task<bool> RenewAsync(LocalBooth booth)
    {
        await booth.Sync.WaitAsync();
        try
        {
            var connections = booth.Connections.Select(c => new BoothConnection(c.Key, c.Value))
                .Concat(booth.Queued.Select(c => new BoothConnection(c.Key, c.Value, Queued: true))).ToList();
            if (connections.Count == 0)
            {
                booth.Removed = true;
                _booths.TryRemove(KeyValuePair.Create(booth.BoothId, booth));
                if (booth.Subscribed)
                {
                    await Booth(booth.BoothId).UnsubscribeAsync(_node.Id);
                }

                return true;
            }

            await GrainCalls.TimeAsync("renew", () => Booth(booth.BoothId).RenewAsync(_node.Id, _observer, connections));
            booth.Subscribed = true;
            return true;
        }
        catch (Exception exception)
        {
            // The booth may be moving to another silo; the next round subscribes again and restores its leases.
            LogRenewFailed(_logger, exception, booth.BoothId);
            booth.Subscribed = false;
            return false;
        }
        finally
        {
            booth.Sync.Release();
        }
    }

    private IBoothGrain Booth(string boothId) => _cluster.GetGrain<IBoothGrain>(boothId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing booth {BoothId} failed; will retry")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception, string boothId);
}
