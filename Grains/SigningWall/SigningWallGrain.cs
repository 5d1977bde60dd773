using Expo.Grains.Models;
using Expo.Grains.Negotiations;
using Microsoft.Extensions.Options;

namespace Expo.Grains.SigningWall;

public sealed class SigningWallGrain(
    [PersistentState("signing-wall", ExpoStorage.Negotiations)] IPersistentState<SigningWallState> state,
    ExpoClock clock,
    IOptions<PresenceOptions> presence) : Grain, ISigningWallGrain
{
    private readonly WallSubscribers _subscribers = new(presence.Value.LeaseDuration);

    public async Task SeedAsync(IReadOnlyList<SignedAgreement> agreements)
    {
        var added = agreements.Where(a => a.ExpoId == this.GetPrimaryKeyString() && !OnWall(a.Id)).DistinctBy(a => a.Id).ToList();
        if (added.Count == 0)
        {
            return;
        }

        state.State.Agreements.AddRange(added);
        await state.WriteStateAsync();
        var counts = Counts();
        foreach (var agreement in added)
        {
            _subscribers.Notify(o => o.OnAgreementSignedAsync(agreement, counts), clock.UtcNow);
        }
    }

    public async Task ReportAsync(NegotiationReport report)
    {
        var tracks = state.State.Negotiations;
        if (tracks.TryGetValue(report.NegotiationId, out var known) && known.Revision >= report.Revision)
        {
            return;
        }

        tracks[report.NegotiationId] = new NegotiationTrack(report.Status, report.Revision, report.Listing);
        var agreement = report.Agreement is { } a && a.Id == report.NegotiationId && !OnWall(a.Id) ? a : null;
        if (agreement is not null)
        {
            state.State.Agreements.Add(agreement);
        }

        await state.WriteStateAsync();
        var counts = Counts();
        _subscribers.Notify(
            agreement is null ? o => o.OnCountsChangedAsync(counts) : o => o.OnAgreementSignedAsync(agreement, counts),
            clock.UtcNow);
    }

    public Task<IReadOnlyList<SignedAgreement>> GetAgreementsAsync() =>
        Task.FromResult<IReadOnlyList<SignedAgreement>>([.. state.State.Agreements]);

    public Task<NegotiationCounts> GetCountsAsync() => Task.FromResult(Counts());

    public async Task<IReadOnlyList<NegotiationListing>> GetNegotiationsAsync(string actorId)
    {
        await GrainFactory.RequireOrganiserAsync(actorId, "Only organisers list the expo's negotiations.");
        return
        [
            .. state.State.Negotiations
                .Where(n => n.Value.Status != NegotiationStatus.None)
                .Select(n => (n.Value.Listing ?? new NegotiationListing(n.Key, n.Value.Status, "", "", [], null, null, null)) with { Status = n.Value.Status })
                .OrderBy(n => n.CreatedAt ?? DateTimeOffset.MinValue).ThenBy(n => n.Id, StringComparer.Ordinal),
        ];
    }

    public Task SubscribeAsync(string webNodeId, ISigningWallObserver observer)
    {
        _subscribers.Subscribe(webNodeId, observer, clock.UtcNow);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(string webNodeId)
    {
        _subscribers.Unsubscribe(webNodeId);
        return Task.CompletedTask;
    }

    private bool OnWall(string id) => state.State.Agreements.Exists(a => a.Id == id);

    private NegotiationCounts Counts()
    {
        var statuses = state.State.Negotiations.Values.Select(t => t.Status).ToList();
        return new NegotiationCounts(
            statuses.Count(s => s != NegotiationStatus.None && !NegotiationTransitions.IsFinal(s)),
            state.State.Agreements.Count,
            statuses.Count(s => s is NegotiationStatus.Declined or NegotiationStatus.Withdrawn or NegotiationStatus.Expired));
    }
}
