using Expo.Grains;
using Expo.Web.Hosting;
using Expo.Web.Hubs;
using Expo.Web.Services;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Agenda;

/// <summary>This node's subscriptions to the Q&amp;A of each session a local connection has open: one per session per node.</summary>
public sealed class AgendaFeeds
{
    private readonly IClusterClient _cluster;

    // Held for the life of the node: the cluster keeps only weak references to observer objects.
    private readonly QnaBroadcaster _broadcaster;
    private readonly IQnaObserver _observer;

    public AgendaFeeds(IClusterClient cluster, IHubContext<ExpoHub, IExpoClient> hub, WebNode node, IOptions<ExpoOptions> options, ILogger<AgendaFeeds> logger)
    {
        _cluster = cluster;
        ExpoId = options.Value.ExpoId;
        _broadcaster = new QnaBroadcaster(hub);
        _observer = cluster.CreateObjectReference<IQnaObserver>(_broadcaster);
        Sessions = new("qna", id => Qna(id).SubscribeAsync(node.Id, _observer), id => Qna(id).UnsubscribeAsync(node.Id), logger);
    }

    public string ExpoId { get; }

    /// <summary>Keyed by session id.</summary>
    public LocalSubscriptions Sessions { get; }

    public ISessionQnaGrain Qna(string sessionId) => _cluster.GetGrain<ISessionQnaGrain>(AgendaRules.QnaKey(ExpoId, sessionId));

    public IAgendaGrain Agenda => _cluster.GetGrain<IAgendaGrain>(ExpoId);

    public async Task UnsubscribeAllAsync()
    {
        await Sessions.UnsubscribeAllAsync();
        _cluster.DeleteObjectReference<IQnaObserver>(_observer);
    }
}
