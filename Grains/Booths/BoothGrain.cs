using Expo.Grains.Models;
using Expo.Grains.Presence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Booths;

public sealed partial class BoothGrain : Grain, IBoothGrain
{
    private readonly IPersistentState<BoothState> _state;
    private readonly IPersistentState<BoothModerationState> _moderation;
    private readonly ExpoClock _clock;
    private readonly PresenceOptions _options;
    private readonly ChatOptions _chatOptions;
    private readonly ILogger<BoothGrain> _logger;
    private readonly BoothPresence _presence;
    private readonly BoothQueue _queue;
    private readonly NodeSubscribers<IBoothObserver> _subscribers;
    private readonly GroupCommit _commit;
    private readonly GroupCommit _checkpoint;
    private BoothChatLog _chat = null!;
    private string? _expoId;
    private BoothProfile? _profile;
    private bool _storageFailed;
    private bool _checkpointFailed;
    private long _checkpointedThrough;
    private IGrainTimer? _flushTimer;
    private IGrainTimer? _checkpointTimer;
    private long _chatSends;
    private long _presenceSends;
    private long _linesStored;
    private long _stateWrites;
    private long _journalAppends;

    public BoothGrain(
        [PersistentState("booth", ExpoStorage.Booths)] IPersistentState<BoothState> state,
        [PersistentState("moderation", ExpoStorage.Booths)] IPersistentState<BoothModerationState> moderation,
        ExpoClock clock,
        IOptions<PresenceOptions> options,
        IOptions<ChatOptions> chatOptions,
        ILogger<BoothGrain> logger)
    {
        _state = state;
        _moderation = moderation;
        _clock = clock;
        _options = options.Value;
        _chatOptions = chatOptions.Value;
        _logger = logger;
        _presence = new BoothPresence(_options.LeaseDuration, BoothPresence.FirstVersionAt(clock.UtcNow));
        _queue = new BoothQueue(_options.LeaseDuration);
        _subscribers = new NodeSubscribers<IBoothObserver>(_options.LeaseDuration);
        _commit = new GroupCommit(AppendToJournalAsync);
        _checkpoint = new GroupCommit(WriteStateAsync);
    }

    private string BoothId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _expoId = _state.State.ExpoId;
        await LoadStaffAsync();
        _profile = _staffView.EditedProfile ?? _state.State.Profile;
        _chat = await BoothChatLog.LoadAsync(_state.State, ReadArchivePageAsync);
        _checkpointedThrough = _chat.DurableThrough;
        if (_profile is not null)
        {
            await RecoverFromJournalAsync();
            await LoadSanctionsAsync();
        }

        this.RegisterGrainTimer(SweepAsync, new GrainTimerCreationOptions(_options.SweepInterval, _options.SweepInterval));
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        SendChatCount();
        return CheckpointOnDeactivationAsync();
    }

    public async Task SeedAsync(string expoId, BoothProfile profile)
    {
        if (profile.Id != BoothId || !ExpoRules.IsSlug(expoId))
        {
            throw ExpoException.Invalid($"The profile of booth '{profile.Id}' cannot seed booth '{BoothId}'.");
        }

        profile = KeepStaffEdits(profile);

        if (_expoId == expoId && SameContent.Equal(_profile, profile))
        {
            return;
        }

        _expoId = expoId;
        _profile = profile;
        await CheckpointAsync();
    }

    public Task<BoothProfile?> GetProfileAsync() => Task.FromResult(_profile);

    public Task<int> GetCountAsync()
    {
        Sweep();
        return Task.FromResult(_presence.Count);
    }

    /// <summary>Enters through the cap like any other entry; a connection queued here has no Web node to be told when it gets in.</summary>
    public Task<BoothSnapshot> EnterAsync(string connectionId, VisitorRef visitor) => EnterOrQueueAsync("", connectionId, visitor);

    public Task<BoothStats> GetStatsAsync() => Task.FromResult(new BoothStats(
        _subscribers.Count, _linesStored, _chatSends, _presenceSends, _presence.Connections, _stateWrites, _journalAppends,
        _chat.LastSequence - _chat.DurableThrough, Capacity, _queue.Count));

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
