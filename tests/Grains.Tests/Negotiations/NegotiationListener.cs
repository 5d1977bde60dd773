using System.Threading.Channels;

namespace Expo.Grains.Tests.Negotiations;

/// <summary>A test's stand-in for a Web node subscribed to negotiations and inboxes: it queues what it is sent.</summary>
internal sealed class NegotiationListener : INegotiationObserver, IInboxObserver
{
    private readonly Channel<NegotiationChanged> _changes = Channel.CreateUnbounded<NegotiationChanged>();
    private readonly Channel<NegotiationMessage> _messages = Channel.CreateUnbounded<NegotiationMessage>();
    private readonly Channel<InboxChanged> _inbox = Channel.CreateUnbounded<InboxChanged>();

    public NegotiationListener(IClusterClient client)
    {
        Negotiations = client.CreateObjectReference<INegotiationObserver>(this);
        Inboxes = client.CreateObjectReference<IInboxObserver>(this);
    }

    public string NodeId { get; } = Infrastructure.TestKeys.New("node");

    /// <summary>Orleans holds the listener only weakly: the test keeps the listener alive while it listens.</summary>
    public INegotiationObserver Negotiations { get; }

    public IInboxObserver Inboxes { get; }

    public Task OnChangedAsync(NegotiationChanged change) => Write(_changes, change);

    public Task OnMessageAsync(string negotiationId, NegotiationMessage message) => Write(_messages, message);

    public Task OnInboxChangedAsync(InboxChanged change) => Write(_inbox, change);

    public Task<NegotiationChanged> NextChangeAsync() => Read(_changes);

    public Task<NegotiationMessage> NextMessageAsync() => Read(_messages);

    public Task<InboxChanged> NextInboxAsync() => Read(_inbox);

    private static Task Write<T>(Channel<T> channel, T item)
    {
        channel.Writer.TryWrite(item);
        return Task.CompletedTask;
    }

    private static async Task<T> Read<T>(Channel<T> channel) => await channel.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}
