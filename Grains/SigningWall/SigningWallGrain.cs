using Expo.Grains.Models;
using Expo.Grains.Negotiations;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Expo.Grains.SigningWall;

/// <summary>
/// The signing wall stores each change before anyone hears of it: a change is made to a copy, the copy written, and
/// only then does it become the wall's state; a failed write leaves the state as it was and the sender retries.
/// </summary>
public sealed partial class SigningWallGrain(
    [PersistentState("signing-wall", ExpoStorage.Negotiations)] IPersistentState<SigningWallState> state,
    ExpoClock clock,
    DeepCopier<SigningWallState> copier,
    IOptions<NegotiationOptions> options,
    IOptions<PresenceOptions> presence) : Grain, ISigningWallGrain
{
    private const string Refusal = "The signing wall could not store this just now; send it again.";

    private readonly NodeSubscribers<ISigningWallObserver> _subscribers = new(presence.Value.LeaseDuration);

    public async Task SeedAsync(IReadOnlyList<SignedAgreement> agreements)
    {
        var added = agreements.Where(a => a.ExpoId == this.GetPrimaryKeyString() && !OnWall(a.Id)).DistinctBy(a => a.Id).ToList();
        if (added.Count == 0)
        {
            return;
        }

        var next = copier.Copy(state.State);
        next.Agreements.AddRange(added);
        await CommitAsync(next);
        var counts = Counts();
        foreach (var agreement in added)
        {
            _subscribers.Notify(o => o.OnAgreementSignedAsync(agreement, counts), clock.UtcNow);
        }
    }

    public async Task ReportAsync(NegotiationReport report)
    {
        _reservations.Remove(report.NegotiationId);
        if (state.State.Negotiations.TryGetValue(report.NegotiationId, out var known) && known.Revision >= report.Revision)
        {
            return;
        }

        var next = copier.Copy(state.State);
        var ended = known is not null && NegotiationTransitions.IsFinal(known.Status);
        next.Negotiations[report.NegotiationId] = new NegotiationTrack(
            report.Status, report.Revision, report.Listing, report.RequesterId ?? known?.RequesterId);
        if (!ended && NegotiationTransitions.IsFinal(report.Status))
        {
            next.Finished.Add(report.NegotiationId);
        }

        var agreement = report.Agreement is { } a && a.Id == report.NegotiationId && !OnWall(a.Id) ? a : null;
        if (agreement is not null)
        {
            next.Agreements.Add(agreement);
        }

        await SealAsync(next);
        await CommitAsync(next);
        var counts = Counts();
        _subscribers.Notify(
            agreement is null ? o => o.OnCountsChangedAsync(counts) : o => o.OnAgreementSignedAsync(agreement, counts),
            clock.UtcNow);
    }

    public Task<IReadOnlyList<SignedAgreement>> GetAgreementsAsync() =>
        Task.FromResult<IReadOnlyList<SignedAgreement>>([.. state.State.Agreements]);

    public Task<NegotiationCounts> GetCountsAsync() => Task.FromResult(Counts());

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

    /// <summary>Makes <paramref name="next"/> the state once it is stored; a failed write keeps the state before.</summary>
    private async Task CommitAsync(SigningWallState next)
    {
        var previous = state.State;
        state.State = next;
        await state.WriteOrRefuseAsync(this, Refusal, previous);
    }

    private bool OnWall(string id) => state.State.Agreements.Exists(a => a.Id == id);

    private NegotiationCounts Counts()
    {
        var statuses = state.State.Negotiations.Values.Select(t => t.Status).ToList();
        return new NegotiationCounts(
            statuses.Count(s => s != NegotiationStatus.None && !NegotiationTransitions.IsFinal(s)),
            state.State.Agreements.Count,
            state.State.SealedEnded + statuses.Count(EndedWithoutAgreement));
    }

    private static bool EndedWithoutAgreement(NegotiationStatus status) =>
        status is NegotiationStatus.Declined or NegotiationStatus.Withdrawn or NegotiationStatus.Expired;
}
