using Expo.Grains;
using Expo.Web.Hosting;
using Expo.Web.Hubs;
using Expo.Web.Services;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Agenda;

/// <summary>
/// This node's agenda subscriptions, one per grain per node: to the Q&amp;A of each session a local connection has open,
/// and to each visitor with a local connection, for the reminders of their plan.
/// </summary>
public sealed class AgendaFeeds
{
    private readonly IClusterClient _cluster;

    // Held for the life of the node: the cluster keeps only weak references to observer objects.
    private readonly QnaBroadcaster _broadcaster;
    private readonly IQnaObserver _observer;
    private readonly ReminderBroadcaster _reminders;
    private readonly IVisitorObserver _visitorObserver;

    public AgendaFeeds(IClusterClient cluster, IHubContext<ExpoHub, IExpoClient> hub, WebNode node, IOptions<ExpoOptions> options, ILogger<AgendaFeeds> logger)
    {
        _cluster = cluster;
        ExpoId = options.Value.ExpoId;
        _broadcaster = new QnaBroadcaster(hub);
        _observer = cluster.CreateObjectReference<IQnaObserver>(_broadcaster);
        _reminders = new ReminderBroadcaster(hub);
        _visitorObserver = cluster.CreateObjectReference<IVisitorObserver>(_reminders);
        Visitors = new("visitor", id => Visitor(id).SubscribeAsync(node.Id, _visitorObserver), id => Visitor(id).UnsubscribeAsync(node.Id), logger);
        Sessions = new("qna", id => Qna(id).SubscribeAsync(node.Id, _observer), id => Qna(id).UnsubscribeAsync(node.Id), logger);
    }

    public string ExpoId { get; }

    /// <summary>Keyed by session id.</summary>
    public LocalSubscriptions Sessions { get; }

    /// <summary>Keyed by visitor id: every visitor with a connection here, for the reminders of their plan.</summary>
    public LocalSubscriptions Visitors { get; }

    public ISessionQnaGrain Qna(string sessionId) => _cluster.GetGrain<ISessionQnaGrain>(AgendaRules.QnaKey(ExpoId, sessionId));

    public IAgendaGrain Agenda => _cluster.GetGrain<IAgendaGrain>(ExpoId);

    public IVisitorGrain Visitor(string visitorId) => _cluster.GetGrain<IVisitorGrain>(visitorId);

    /// <summary>One renewal round of every subscription; returns how many failed.</summary>
    public async Task<int> RenewAllAsync() => await Sessions.RenewAllAsync() + await Visitors.RenewAllAsync();

    public async Task UnsubscribeAllAsync()
    {
        await Task.WhenAll(Sessions.UnsubscribeAllAsync(), Visitors.UnsubscribeAllAsync());
        _cluster.DeleteObjectReference<IQnaObserver>(_observer);
        _cluster.DeleteObjectReference<IVisitorObserver>(_visitorObserver);
    }
}
