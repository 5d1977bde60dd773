using Expo.Grains;
using Expo.Web.Hosting;
using Expo.Web.Hubs;
using Expo.Web.Live;
using Expo.Web.Services;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Negotiations;

/// <summary>
/// This node's subscriptions for negotiations: to each negotiation a local connection has open, to each signed-in
/// user's inbox with a local connection, and to the expo's signing wall, which every node follows for everyone.
/// </summary>
public sealed partial class NegotiationFeeds : IRenewedSubscriptions
{
    private readonly IClusterClient _cluster;
    private readonly WebNode _node;
    private readonly string _expoId;
    private readonly ILogger<NegotiationFeeds> _logger;

    // Held for the life of the node: the cluster keeps only weak references to observer objects.
    private readonly NegotiationBroadcaster[] _broadcasters;
    private readonly INegotiationObserver _negotiationObserver;
    private readonly IInboxObserver _inboxObserver;
    private readonly ISigningWallObserver _wallObserver;

    public NegotiationFeeds(
        IClusterClient cluster, IHubContext<ExpoHub, IExpoClient> hub, WebNode node, IOptions<ExpoOptions> options, ILogger<NegotiationFeeds> logger, LiveFeed live)
    {
        _cluster = cluster;
        _node = node;
        _expoId = options.Value.ExpoId;
        _logger = logger;
        _broadcasters = [new(hub, live), new(hub, live), new(hub, live)];
        _negotiationObserver = cluster.CreateObjectReference<INegotiationObserver>(_broadcasters[0]);
        _inboxObserver = cluster.CreateObjectReference<IInboxObserver>(_broadcasters[1]);
        _wallObserver = cluster.CreateObjectReference<ISigningWallObserver>(_broadcasters[2]);
        Negotiations = new("negotiation",
            id => Negotiation(id).SubscribeAsync(node.Id, _negotiationObserver), id => Negotiation(id).UnsubscribeAsync(node.Id), logger);
        Inboxes = new("inbox",
            id => Inbox(id).SubscribeAsync(node.Id, _inboxObserver), id => Inbox(id).UnsubscribeAsync(node.Id), logger);
    }

    public LocalSubscriptions Negotiations { get; }

    public LocalSubscriptions Inboxes { get; }

    /// <summary>One renewal round of every subscription; returns how many failed.</summary>
    public async Task<int> RenewAllAsync()
    {
        var failed = await Negotiations.RenewAllAsync() + await Inboxes.RenewAllAsync();
        try
        {
            await Wall.SubscribeAsync(_node.Id, _wallObserver);
        }
        catch (Exception exception)
        {
            LogWallFailed(_logger, exception, _expoId);
            failed++;
        }

        return failed;
    }

    public async Task UnsubscribeAllAsync()
    {
        await Task.WhenAll(Negotiations.UnsubscribeAllAsync(), Inboxes.UnsubscribeAllAsync(), Wall.UnsubscribeAsync(_node.Id));
        _cluster.DeleteObjectReference<INegotiationObserver>(_negotiationObserver);
        _cluster.DeleteObjectReference<IInboxObserver>(_inboxObserver);
        _cluster.DeleteObjectReference<ISigningWallObserver>(_wallObserver);
    }

    private ISigningWallGrain Wall => _cluster.GetGrain<ISigningWallGrain>(_expoId);

    private INegotiationGrain Negotiation(string id) => _cluster.GetGrain<INegotiationGrain>(id);

    private IInboxGrain Inbox(string userId) => _cluster.GetGrain<IInboxGrain>(userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing to the signing wall of {ExpoId} failed; will retry")]
    private static partial void LogWallFailed(ILogger logger, Exception exception, string expoId);
}
