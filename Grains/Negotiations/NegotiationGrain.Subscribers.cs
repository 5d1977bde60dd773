using Expo.Grains.Models;

namespace Expo.Grains.Negotiations;

public sealed partial class NegotiationGrain
{
    private NodeSubscribers<INegotiationObserver>? _subscribers;

    private NodeSubscribers<INegotiationObserver> Subscribers => _subscribers ??= new(presence.Value.LeaseDuration);

    public Task SubscribeAsync(string webNodeId, INegotiationObserver observer)
    {
        Subscribers.Subscribe(webNodeId, observer, clock.UtcNow);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(string webNodeId)
    {
        Subscribers.Unsubscribe(webNodeId);
        return Task.CompletedTask;
    }

    /// <summary>Tells the listening Web nodes what the stored state <paramref name="next"/> adds to <paramref name="previous"/>.</summary>
    private void Publish(NegotiationState previous, NegotiationState next)
    {
        var now = clock.UtcNow;
        var lastSequence = previous.Messages.Count > 0 ? previous.Messages[^1].Sequence : 0;
        foreach (var message in next.Messages.Where(m => m.Sequence > lastSequence))
        {
            Subscribers.Notify(o => o.OnMessageAsync(Id, message), now);
        }

        if (next.Revision == previous.Revision)
        {
            return;
        }

        var change = new NegotiationChanged(Id, next.Status, next.Revision, next.Versions.Count, next.Document?.ContentHash, next.Signatures.Count);
        Subscribers.Notify(o => o.OnChangedAsync(change), now);
    }
}
