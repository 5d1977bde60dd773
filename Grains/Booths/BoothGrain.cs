using Expo.Grains.Models;
using Expo.Grains.Presence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Booths;

public sealed partial class BoothGrain : Grain, IBoothGrain
{
    private readonly IPersistentState<BoothState> _state;
    private readonly ExpoClock _clock;
    private readonly PresenceOptions _options;
    private readonly ILogger<BoothGrain> _logger;
    private readonly BoothPresence _presence;
    private readonly BoothSubscribers _subscribers;
    private readonly GroupCommit _commit;
    private BoothChatLog _chat = null!;
    private string? _expoId;
    private BoothProfile? _profile;
    private bool _storageFailed;
    private IGrainTimer? _flushTimer;
    private long _chatSends;
    private long _presenceSends;
    private long _linesStored;
    private long _stateWrites;

    public BoothGrain(
        [PersistentState("booth", ExpoStorage.Booths)] IPersistentState<BoothState> state,
        ExpoClock clock,
        IOptions<PresenceOptions> options,
        ILogger<BoothGrain> logger)
    {
        _state = state;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
        _presence = new BoothPresence(_options.LeaseDuration);
        _subscribers = new BoothSubscribers(_options.LeaseDuration);
        _commit = new GroupCommit(WriteAsync);
    }

    private string BoothId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _expoId = _state.State.ExpoId;
        _profile = _state.State.Profile;
        _chat = await BoothChatLog.LoadAsync(_state.State, ReadArchivePageAsync);
        this.RegisterGrainTimer(SweepAsync, new GrainTimerCreationOptions(_options.SweepInterval, _options.SweepInterval));
    }

    public async Task SeedAsync(string expoId, BoothProfile profile)
    {
        if (profile.Id != BoothId || !ExpoRules.IsSlug(expoId))
        {
            throw ExpoException.Invalid($"The profile of booth '{profile.Id}' cannot seed booth '{BoothId}'.");
        }

        if (_expoId == expoId && SameContent.Equal(_profile, profile))
        {
            return;
        }

        _expoId = expoId;
        _profile = profile;
        await StoreAsync();
    }

    public Task<BoothProfile?> GetProfileAsync() => Task.FromResult(_profile);

    public Task<int> GetCountAsync()
    {
        Sweep();
        return Task.FromResult(_presence.Count);
    }

    public Task SubscribeAsync(string webNodeId, IBoothObserver observer)
    {
        _subscribers.Subscribe(webNodeId, observer, _clock.UtcNow);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(string webNodeId)
    {
        _subscribers.Unsubscribe(webNodeId);
        return Task.CompletedTask;
    }

    public Task<BoothSnapshot> EnterAsync(string connectionId, VisitorRef visitor)
    {
        var profile = RequireProfile();
        Sweep();
        if (_presence.Enter(connectionId, visitor, _clock.UtcNow))
        {
            SchedulePresenceFlush();
        }

        return Task.FromResult(new BoothSnapshot(
            profile, _presence.Count, _presence.Visitors, _chat.Latest(ExpoRules.SnapshotMessages), _chat.DurableThrough, _presence.Version));
    }

    public Task LeaveAsync(string connectionId)
    {
        if (_presence.Leave(connectionId))
        {
            SchedulePresenceFlush();
        }

        return Task.CompletedTask;
    }

    public Task RenewAsync(string webNodeId, IBoothObserver observer, IReadOnlyList<BoothConnection> connections)
    {
        RequireProfile();
        var now = _clock.UtcNow;
        _subscribers.Subscribe(webNodeId, observer, now);
        var changed = false;
        foreach (var connection in connections)
        {
            changed |= _presence.Enter(connection.ConnectionId, connection.Visitor, now);
        }

        Sweep();
        if (changed)
        {
            SchedulePresenceFlush();
        }

        // Renewals double as a heartbeat for the live counts, which live only in memory.
        ReportCount();
        return Task.CompletedTask;
    }

    public Task<BoothStats> GetStatsAsync() =>
        Task.FromResult(new BoothStats(_subscribers.Count, _linesStored, _chatSends, _presenceSends, _presence.Connections, _stateWrites));

    private BoothProfile RequireProfile()
    {
        if (_profile is { } profile)
        {
            return profile;
        }

        // Nobody should keep an activation alive for a booth that does not exist.
        DeactivateOnIdle();
        throw ExpoException.BoothNotFound(BoothId);
    }
}
