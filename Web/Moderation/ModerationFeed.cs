using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Hosting;
using Expo.Web.Services;
using Microsoft.Extensions.Options;

namespace Expo.Web.Moderation;

/// <summary>
/// This node's one subscription to the expo's moderation relay: an expo-wide ban closes the banned person's hub
/// connections here, wherever they are, so nobody keeps a live feed after a ban on any node.
/// </summary>
public sealed partial class ModerationFeed : IModerationObserver, IRenewedSubscriptions
{
    private readonly IClusterClient _cluster;
    private readonly VisitorConnections _connections;
    private readonly string _nodeId;
    private readonly string _expoId;
    private readonly ILogger<ModerationFeed> _logger;

    // Held for the life of the node: the cluster keeps only weak references to observer objects.
    private readonly IModerationObserver _reference;

    public ModerationFeed(
        IClusterClient cluster, VisitorConnections connections, WebNode node, IOptions<ExpoOptions> options, ILogger<ModerationFeed> logger)
    {
        _cluster = cluster;
        _connections = connections;
        _nodeId = node.Id;
        _expoId = options.Value.ExpoId;
        _logger = logger;
        _reference = cluster.CreateObjectReference<IModerationObserver>(this);
    }

    private IModerationRelayGrain Relay => _cluster.GetGrain<IModerationRelayGrain>(_expoId);

    public Task OnVisitorBannedAsync(VisitorBanned banned)
    {
        var closed = _connections.Close(banned.VisitorId);
        LogClosed(_logger, banned.VisitorId, closed);
        return Task.CompletedTask;
    }

    /// <summary>Subscribes or renews; 1 when the cluster did not answer.</summary>
    public async Task<int> RenewAllAsync()
    {
        try
        {
            await Relay.SubscribeAsync(_nodeId, _reference);
            return 0;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRelayFailed(_logger, exception, _expoId);
            return 1;
        }
    }

    public async Task UnsubscribeAllAsync()
    {
        await Relay.UnsubscribeAsync(_nodeId);
        _cluster.DeleteObjectReference<IModerationObserver>(_reference);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A ban closed {Count} connections of visitor {VisitorId} on this node")]
    private static partial void LogClosed(ILogger logger, string visitorId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to the moderation relay of {ExpoId}; the next round tries again")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception, string expoId);
}
