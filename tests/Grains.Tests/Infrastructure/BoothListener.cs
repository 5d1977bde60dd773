using System.Threading.Channels;

namespace Expo.Grains.Tests.Infrastructure;

/// <summary>A test's stand-in for a Web node: it queues every event a booth sends it, to be awaited in order.</summary>
internal sealed class BoothListener : IBoothObserver
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Channel<ChatMessage> _chat = Channel.CreateUnbounded<ChatMessage>();
    private readonly Channel<PresenceChanged> _presence = Channel.CreateUnbounded<PresenceChanged>();
    private readonly Channel<BoothProfile> _profiles = Channel.CreateUnbounded<BoothProfile>();
    private readonly Channel<ChatInvitation> _invitations = Channel.CreateUnbounded<ChatInvitation>();
    private readonly Channel<BoothAdmission> _admissions = Channel.CreateUnbounded<BoothAdmission>();
    private readonly Channel<BoothQueueUpdate> _queue = Channel.CreateUnbounded<BoothQueueUpdate>();
    private readonly Channel<ChatMessageRemoved> _removals = Channel.CreateUnbounded<ChatMessageRemoved>();
    private readonly Channel<RemovedFromBooth> _evictions = Channel.CreateUnbounded<RemovedFromBooth>();
    private readonly Channel<MuteChanged> _mutes = Channel.CreateUnbounded<MuteChanged>();

    public BoothListener(IClusterClient client, string nodeId)
    {
        NodeId = nodeId;
        Reference = client.CreateObjectReference<IBoothObserver>(this);
    }

    public string NodeId { get; }

    /// <summary>Orleans holds the listener itself only weakly: a test keeps the listener alive as long as it listens.</summary>
    public IBoothObserver Reference { get; }

    public Task OnChatAsync(IReadOnlyList<ChatMessage> lines)
    {
        foreach (var line in lines)
        {
            _chat.Writer.TryWrite(line);
        }

        return Task.CompletedTask;
    }

    public Task OnPresenceAsync(PresenceChanged change)
    {
        _presence.Writer.TryWrite(change);
        return Task.CompletedTask;
    }

    public Task OnChatInvitationAsync(ChatInvitation invitation)
    {
        _invitations.Writer.TryWrite(invitation);
        return Task.CompletedTask;
    }

    public Task OnChatRemovedAsync(ChatMessageRemoved removed)
    {
        _removals.Writer.TryWrite(removed);
        return Task.CompletedTask;
    }

    public Task OnRemovedFromBoothAsync(RemovedFromBooth removed)
    {
        _evictions.Writer.TryWrite(removed);
        return Task.CompletedTask;
    }

    public Task OnMuteChangedAsync(MuteChanged change)
    {
        _mutes.Writer.TryWrite(change);
        return Task.CompletedTask;
    }

    public async Task<MuteChanged> NextMuteAsync() =>
        await _mutes.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    public bool HasPendingMute => _mutes.Reader.TryPeek(out _);

    public async Task<ChatMessageRemoved> NextRemovalAsync() =>
        await _removals.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    public async Task<RemovedFromBooth> NextEvictionAsync() =>
        await _evictions.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    public async Task<ChatInvitation> NextInvitationAsync() =>
        await _invitations.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    public Task OnProfileAsync(BoothProfile profile)
    {
        _profiles.Writer.TryWrite(profile);
        return Task.CompletedTask;
    }

    public async Task<BoothProfile> NextProfileAsync() =>
        await _profiles.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    public async Task<ChatMessage> NextChatAsync() =>
        await _chat.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    public async Task<PresenceChanged> NextPresenceAsync() =>
        await _presence.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    /// <summary>Presence events until, together, they report every one of <paramref name="visitors"/> as joined.</summary>
    /// <remarks>Orleans does not order one-way calls, so events are gathered by content, not by arrival.</remarks>
    public async Task<IReadOnlyList<PresenceChanged>> PresenceUntilJoinedAsync(IEnumerable<VisitorRef> visitors)
    {
        var missing = visitors.Select(v => v.VisitorId).ToHashSet();
        var changes = new List<PresenceChanged>();
        while (missing.Count > 0)
        {
            var change = await NextPresenceAsync();
            changes.Add(change);
            missing.ExceptWith(change.Joined.Select(v => v.VisitorId));
        }

        return changes;
    }

    public bool HasPendingChat => _chat.Reader.TryPeek(out _);

    public bool HasPendingAdmission => _admissions.Reader.TryPeek(out _);

    public Task OnAdmittedAsync(BoothAdmission admission)
    {
        _admissions.Writer.TryWrite(admission);
        return Task.CompletedTask;
    }

    public Task OnQueueAsync(BoothQueueUpdate update)
    {
        _queue.Writer.TryWrite(update);
        return Task.CompletedTask;
    }

    public async Task<BoothAdmission> NextAdmissionAsync() =>
        await _admissions.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    /// <summary>Queue updates until one satisfies <paramref name="condition"/>; the ones before it are skipped.</summary>
    public async Task<BoothQueueUpdate> QueueUntilAsync(Func<BoothQueueUpdate, bool> condition)
    {
        while (true)
        {
            var update = await _queue.Reader.ReadAsync().AsTask().WaitAsync(Patience);
            if (condition(update))
            {
                return update;
            }
        }
    }
}
