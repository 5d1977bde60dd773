namespace Expo.Web.Services;

/// <summary>Subscriptions whose grain only needs to know the node listens (negotiations, inboxes, Q&amp;A), not who.</summary>
public sealed class LocalSubscriptions(string kind, Func<string, Task> subscribe, Func<string, Task> unsubscribe, ILogger logger)
    : NodeSubscriptions<byte>(kind, subscribe, (key, _) => subscribe(key), unsubscribe, logger)
{
    public Task AttachAsync(string key, string connectionId) => AttachAsync(key, connectionId, 0);
}
