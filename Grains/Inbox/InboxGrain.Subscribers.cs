using Expo.Grains.Models;

namespace Expo.Grains.Inbox;

public sealed partial class InboxGrain
{
    private NodeSubscribers<IInboxObserver>? _subscribers;

    private NodeSubscribers<IInboxObserver> Subscribers => _subscribers ??= new(presence.Value.LeaseDuration);

    public Task SubscribeAsync(string webNodeId, IInboxObserver observer)
    {
        Subscribers.Subscribe(webNodeId, observer, clock.UtcNow);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(string webNodeId)
    {
        Subscribers.Unsubscribe(webNodeId);
        return Task.CompletedTask;
    }

    private void Publish(string? negotiationId, long revision)
    {
        var change = new InboxChanged(this.GetPrimaryKeyString(), negotiationId, revision, state.State.Items.Values.Count(i => i.Unread));
        Subscribers.Notify(o => o.OnInboxChangedAsync(change), clock.UtcNow);
    }
}
