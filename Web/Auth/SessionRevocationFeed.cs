using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Hosting;
using Expo.Web.Services;

namespace Expo.Web.Auth;

/// <summary>
/// The node's one subscription to the cluster's session revocations, renewed like the booth subscriptions; each round
/// also forgets stale session knowledge.
/// </summary>
internal sealed partial class SessionRevocationFeed : IRenewedSubscriptions, ISessionRevocationObserver
{
    private readonly IClusterClient _cluster;
    private readonly SessionStandings _standings;
    private readonly string _nodeId;
    private readonly ILogger<SessionRevocationFeed> _logger;

    // Held for the life of the node: the cluster keeps only a weak reference to the observer object.
    private readonly ISessionRevocationObserver _reference;

    public SessionRevocationFeed(
        IClusterClient cluster, SessionStandings standings, WebNode node, ILogger<SessionRevocationFeed> logger)
    {
        _cluster = cluster;
        _standings = standings;
        _nodeId = node.Id;
        _logger = logger;
        _reference = cluster.CreateObjectReference<ISessionRevocationObserver>(this);
    }

    private ISessionRevocationRelayGrain Relay => _cluster.GetGrain<ISessionRevocationRelayGrain>(SessionRules.RelayKey);

    public Task OnSessionsRevokedAsync(SessionStanding standing)
    {
        _standings.Apply(standing);
        return Task.CompletedTask;
    }

    public async Task<int> RenewAllAsync()
    {
        _standings.Sweep();
        try
        {
            await Relay.SubscribeAsync(_nodeId, _reference);
            return 0;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSubscribeFailed(_logger, exception);
            return 1;
        }
    }

    public async Task UnsubscribeAllAsync()
    {
        await Relay.UnsubscribeAsync(_nodeId);
        _cluster.DeleteObjectReference<ISessionRevocationObserver>(_reference);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to session revocations; the next round tries again")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception exception);
}
