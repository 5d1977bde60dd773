using Expo.Grains.Models;
using Expo.Grains.Negotiations;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Expo.Grains.Inbox;

/// <summary>
/// The inbox stores each change before anyone hears of it: a change is made to a copy, the copy written, and only then
/// does it become the inbox's state; a failed write leaves the state as it was, so the negotiation's retry applies it.
/// </summary>
public sealed partial class InboxGrain(
    [PersistentState("inbox", ExpoStorage.Negotiations)] IPersistentState<InboxState> state,
    ExpoClock clock,
    DeepCopier<InboxState> copier,
    IOptions<NegotiationOptions> options,
    IOptions<PresenceOptions> presence) : Grain, IInboxGrain
{
    private const string Refusal = "The inbox could not store this just now; try again.";

    public async Task UpdateAsync(string negotiationId, long revision, InboxItem? item)
    {
        if (state.State.Revisions.TryGetValue(negotiationId, out var known) && known >= revision)
        {
            return;
        }

        var next = copier.Copy(state.State);
        next.Revisions[negotiationId] = revision;
        if (item is null)
        {
            next.Items.Remove(negotiationId);
            if (!next.Settled.Contains(negotiationId))
            {
                next.Settled.Add(negotiationId);
            }
        }
        else
        {
            // The same thing still waiting (another party answered meanwhile) keeps the read mark; anything new is unread.
            var same = next.Items.TryGetValue(negotiationId, out var held) && held.Kind == item.Kind && held.Version == item.Version;
            next.Items[negotiationId] = item with { Unread = !same || held!.Unread, Since = same ? held!.Since : item.Since };
            next.Settled.Remove(negotiationId);
        }

        await SealAsync(next);
        await CommitAsync(next);
        Publish(negotiationId, revision);
    }

    public Task<InboxView> GetAsync() => Task.FromResult(View());

    public async Task<InboxView> MarkReadAsync(string? negotiationId)
    {
        var unread = state.State.Items.Values.Where(i => i.Unread && (negotiationId is null || i.NegotiationId == negotiationId)).ToList();
        if (unread.Count > 0)
        {
            var next = copier.Copy(state.State);
            foreach (var item in unread)
            {
                next.Items[item.NegotiationId] = item with { Unread = false };
            }

            await CommitAsync(next);
            Publish(negotiationId, 0);
        }

        return View();
    }

    /// <summary>Makes <paramref name="next"/> the state once it is stored; a failed write keeps the state before.</summary>
    private async Task CommitAsync(InboxState next)
    {
        var previous = state.State;
        state.State = next;
        await state.WriteOrRefuseAsync(this, Refusal, previous);
    }

    private InboxView View()
    {
        var items = state.State.Items.Values.OrderByDescending(i => i.Since).ThenBy(i => i.NegotiationId, StringComparer.Ordinal).ToList();
        return new InboxView(items, items.Count(i => i.Unread));
    }
}
