using Expo.Grains;
using Expo.Web.Auth;
using Expo.Web.Hosting;
using Expo.Web.Hubs;
using Expo.Web.Services;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Agenda;

/// <summary>
/// This node's agenda subscriptions, one per grain per node: to the Q&amp;A of each session a local connection has open,
/// and to the expo's reminder relay, for the plan reminders of the visitors connected here.
/// </summary>
public sealed partial class AgendaFeeds : IRenewedSubscriptions
{
    private readonly IClusterClient _cluster;

    // Held for the life of the node: the cluster keeps only weak references to observer objects.
    private readonly QnaBroadcaster _broadcaster;
    private readonly IQnaObserver _observer;
    private readonly ReminderBroadcaster _reminders;
    private readonly IReminderObserver _reminderObserver;
    private readonly string _nodeId;
    private readonly ILogger<AgendaFeeds> _logger;

    public AgendaFeeds(IClusterClient cluster, IHubContext<ExpoHub, IExpoClient> hub, WebNode node, IOptions<ExpoOptions> options, ILogger<AgendaFeeds> logger,
        SessionConnections connections, IOptions<HubConnectionOptions> connectionOptions)
    {
        _cluster = cluster;
        ExpoId = options.Value.ExpoId;
        _broadcaster = new QnaBroadcaster(hub);
        _observer = cluster.CreateObjectReference<IQnaObserver>(_broadcaster);
        _reminders = new ReminderBroadcaster(hub, connections, connectionOptions);
        _reminderObserver = cluster.CreateObjectReference<IReminderObserver>(_reminders);
        _nodeId = node.Id;
        _logger = logger;
        Sessions = new("qna", id => Qna(id).SubscribeAsync(node.Id, _observer), id => Qna(id).UnsubscribeAsync(node.Id), logger);
    }

    public string ExpoId { get; }

    /// <summary>Keyed by session id.</summary>
    public LocalSubscriptions Sessions { get; }

    public ISessionQnaGrain Qna(string sessionId) => _cluster.GetGrain<ISessionQnaGrain>(AgendaRules.QnaKey(ExpoId, sessionId));

    public IAgendaGrain Agenda => _cluster.GetGrain<IAgendaGrain>(ExpoId);

    public IVisitorGrain Visitor(string visitorId) => _cluster.GetGrain<IVisitorGrain>(visitorId);

    public IReminderRelayGrain Relay => _cluster.GetGrain<IReminderRelayGrain>(ExpoId);

    /// <summary>One renewal round of every subscription; returns how many failed.</summary>
    public async Task<int> RenewAllAsync() => await Sessions.RenewAllAsync() + await RenewRelayAsync();

    /// <summary>Subscribes to the expo's reminder relay, or renews; 1 when the cluster did not answer.</summary>
    public async Task<int> RenewRelayAsync()
    {
        try
        {
            await Relay.SubscribeAsync(_nodeId, _reminderObserver);
            return 0;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRelayFailed(_logger, exception, ExpoId);
            return 1;
        }
    }

    public async Task UnsubscribeAllAsync()
    {
        await Task.WhenAll(Sessions.UnsubscribeAllAsync(), Relay.UnsubscribeAsync(_nodeId));
        _cluster.DeleteObjectReference<IQnaObserver>(_observer);
        _cluster.DeleteObjectReference<IReminderObserver>(_reminderObserver);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to the plan reminders of {ExpoId}; the next round tries again")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception, string expoId);
}
