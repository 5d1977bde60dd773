using System.Collections.Concurrent;

namespace Expo.Web.Services;

/// <summary>
/// Which grains of one kind (booths, negotiations, inboxes, sessions' Q&amp;A) this node has connections listening to,
/// with what the node keeps about each connection. The node subscribes to a grain when its first local connection
/// attaches, renews every subscription each round (handing the grain its connections, where it counts them), and
/// unsubscribes once no local connection has listened for a round: one subscription per grain per node, however
/// many connections.
/// </summary>
/// <param name="subscribe">Subscribes the node to the grain of a key, when its first connection attaches.</param>
/// <param name="renew">Renews the node's subscription, with the connections attached to the key now.</param>
public partial class NodeSubscriptions<TEntry>(
    string kind,
    Func<string, Task> subscribe,
    Func<string, IReadOnlyList<TEntry>, Task> renew,
    Func<string, Task> unsubscribe,
    ILogger logger) : IRenewedSubscriptions
{
    private readonly ConcurrentDictionary<string, Topic> _topics = new();

    public bool IsListening(string key, string connectionId) =>
        _topics.TryGetValue(key, out var topic) && topic.Connections.ContainsKey(connectionId);

    public bool TryGetEntry(string key, string connectionId, out TEntry entry)
    {
        entry = default!;
        return _topics.TryGetValue(key, out var topic) && topic.Connections.TryGetValue(connectionId, out entry!);
    }

    /// <summary>Replaces the connection's entry if it is still <paramref name="expected"/>.</summary>
    public bool TryUpdate(string key, string connectionId, TEntry expected, TEntry updated) =>
        _topics.TryGetValue(key, out var topic) && topic.Connections.TryUpdate(connectionId, updated, expected);

    /// <summary>The connections attached to the key now, by connection id.</summary>
    public IEnumerable<KeyValuePair<string, TEntry>> Connections(string key) =>
        _topics.TryGetValue(key, out var topic) ? topic.Connections : [];

    /// <summary>Attaches the connection (replacing its entry if attached already), subscribing first if no one listened here.</summary>
    public async Task AttachAsync(string key, string connectionId, TEntry entry)
    {
        while (true)
        {
            var topic = _topics.GetOrAdd(key, k => new Topic(k));
            await topic.Sync.WaitAsync();
            try
            {
                if (topic.Removed)
                {
                    // The topic left the table while this call waited: start over with a fresh one.
                    continue;
                }

                if (!topic.Subscribed)
                {
                    await subscribe(key);
                    topic.Subscribed = true;
                }

                topic.Connections[connectionId] = entry;
                return;
            }
            finally
            {
                topic.Sync.Release();
            }
        }
    }

    public void Detach(string key, string connectionId)
    {
        if (_topics.TryGetValue(key, out var topic))
        {
            topic.Connections.TryRemove(connectionId, out _);
        }
    }

    /// <summary>Detaches the connection everywhere; returns the keys it was attached to.</summary>
    public IReadOnlyList<string> DetachAll(string connectionId) =>
        [.. _topics.Values.Where(t => t.Connections.TryRemove(connectionId, out _)).Select(t => t.Key)];

    public async Task<int> RenewAllAsync()
    {
        var results = await Task.WhenAll(_topics.Values.Select(RenewAsync));
        return results.Count(ok => !ok);
    }

    public Task UnsubscribeAllAsync() =>
        Task.WhenAll(_topics.Values.Where(t => t.Subscribed).Select(t => unsubscribe(t.Key)));

    private async Task<bool> RenewAsync(Topic topic)
    {
        await topic.Sync.WaitAsync();
        try
        {
            var connections = topic.Connections.Values.ToList();
            if (connections.Count == 0)
            {
                topic.Removed = true;
                _topics.TryRemove(KeyValuePair.Create(topic.Key, topic));
                if (topic.Subscribed)
                {
                    await unsubscribe(topic.Key);
                }

                return true;
            }

            await renew(topic.Key, connections);
            topic.Subscribed = true;
            return true;
        }
        catch (Exception exception)
        {
            // The grain may be moving to another silo, where it has no subscribers: the next round subscribes again
            // (and hands it its connections back).
            LogRenewFailed(logger, exception, kind, topic.Key);
            topic.Subscribed = false;
            return false;
        }
        finally
        {
            topic.Sync.Release();
        }
    }

    private sealed class Topic(string key)
    {
        public string Key { get; } = key;

        /// <summary>Serialises subscribe, renew and unsubscribe for this key.</summary>
        public SemaphoreSlim Sync { get; } = new(1, 1);

        public ConcurrentDictionary<string, TEntry> Connections { get; } = new();

        public bool Subscribed { get; set; }

        /// <summary>Set once the topic left the table; an attach that raced with that must start over.</summary>
        public bool Removed { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the {Kind} subscription {Key} failed; will retry")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception, string kind, string key);
}
