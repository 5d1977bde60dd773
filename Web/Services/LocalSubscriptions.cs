using System.Collections.Concurrent;

namespace Expo.Web.Services;

/// <summary>
/// Which grains of one kind (negotiations, inboxes) this node has connections listening to. The node subscribes to a
/// grain when its first local connection attaches, renews every subscription each round, and unsubscribes once no
/// local connection has listened for a round: one subscription per grain per node, however many connections.
/// </summary>
public sealed partial class LocalSubscriptions(string kind, Func<string, Task> subscribe, Func<string, Task> unsubscribe, ILogger logger)
{
    private readonly ConcurrentDictionary<string, Topic> _topics = new();

    public bool IsListening(string key, string connectionId) =>
        _topics.TryGetValue(key, out var topic) && topic.Connections.ContainsKey(connectionId);

    public async Task AttachAsync(string key, string connectionId)
    {
        while (true)
        {
            var topic = _topics.GetOrAdd(key, k => new Topic(k));
            await topic.Sync.WaitAsync();
            try
            {
                if (topic.Removed)
                {
                    continue;
                }

                if (!topic.Subscribed)
                {
                    await GrainCalls.TimeAsync($"{kind}.subscribe", () => subscribe(key));
                    topic.Subscribed = true;
                }

                topic.Connections[connectionId] = 0;
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

    /// <summary>One renewal round; returns how many subscriptions could not be renewed.</summary>
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
            if (topic.Connections.IsEmpty)
            {
                topic.Removed = true;
                _topics.TryRemove(KeyValuePair.Create(topic.Key, topic));
                if (topic.Subscribed)
                {
                    await unsubscribe(topic.Key);
                }

                return true;
            }

            await GrainCalls.TimeAsync($"{kind}.renew", () => subscribe(topic.Key));
            topic.Subscribed = true;
            return true;
        }
        catch (Exception exception)
        {
            // The grain may be moving to another silo, where it has no subscribers: the next round subscribes again.
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

        public SemaphoreSlim Sync { get; } = new(1, 1);

        public ConcurrentDictionary<string, byte> Connections { get; } = new();

        public bool Subscribed { get; set; }

        public bool Removed { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the {Kind} subscription {Key} failed; will retry")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception, string kind, string key);
}
