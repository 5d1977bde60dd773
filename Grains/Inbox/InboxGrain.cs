using Expo.Grains.Models;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Inbox;

public sealed partial class InboxGrain(
    [PersistentState("inbox", ExpoStorage.Negotiations)] IPersistentState<InboxState> state,
    ExpoClock clock,
    IOptions<PresenceOptions> presence) : Grain, IInboxGrain
{
    public async Task UpdateAsync(string negotiationId, long revision, InboxItem? item)
    {
        var s = state.State;
        if (s.Revisions.TryGetValue(negotiationId, out var known) && known >= revision)
        {
            return;
        }

        s.Revisions[negotiationId] = revision;
        if (item is null)
        {
            s.Items.Remove(negotiationId);
        }
        else
        {
            // The same thing still waiting (another party answered meanwhile) keeps the read mark; anything new is unread.
            var same = s.Items.TryGetValue(negotiationId, out var held) && held.Kind == item.Kind && held.Version == item.Version;
            s.Items[negotiationId] = item with { Unread = !same || held!.Unread, Since = same ? held!.Since : item.Since };
        }

        await state.WriteStateAsync();
        Publish(negotiationId, revision);
    }

    public Task<InboxView> GetAsync() => Task.FromResult(View());

    public async Task<InboxView> MarkReadAsync(string? negotiationId)
    {
        var unread = state.State.Items.Values.Where(i => i.Unread && (negotiationId is null || i.NegotiationId == negotiationId)).ToList();
        if (unread.Count > 0)
        {
            foreach (var item in unread)
            {
                state.State.Items[item.NegotiationId] = item with { Unread = false };
            }

            await state.WriteStateAsync();
            Publish(negotiationId, 0);
        }

        return View();
    }

    private InboxView View()
    {
        var items = state.State.Items.Values.OrderByDescending(i => i.Since).ThenBy(i => i.NegotiationId, StringComparer.Ordinal).ToList();
        return new InboxView(items, items.Count(i => i.Unread));
    }
}
