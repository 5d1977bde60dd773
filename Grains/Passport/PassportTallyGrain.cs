using Expo.Grains.Models;

namespace Expo.Grains.Passport;

/// <summary>
/// Counts arrive one-way, at most once per pavilion per visitor; the grain writes on a timer and when it deactivates,
/// like the booth analytics: a silo crash may lose the last seconds of these figures, never a stamp, which the
/// passports keep.
/// </summary>
public sealed class PassportTallyGrain(
    [PersistentState("passport-tally", ExpoStorage.Expo)] IPersistentState<PassportTallyState> state) : Grain, IPassportTallyGrain
{
    private readonly TimedStateWrites _writes = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _writes.Start(this, state);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _writes.WriteIfChangedAsync(cancellationToken);

    public Task ChangedAsync(int from, int to)
    {
        var holders = state.State.Holders;
        if (from is < 0 or > IPassportGrain.MaxStamps || to is < 0 or > IPassportGrain.MaxStamps || from == to)
        {
            return Task.CompletedTask;
        }

        while (holders.Count < Math.Max(from, to))
        {
            holders.Add(0);
        }

        if (from > 0)
        {
            // One-way calls arrive in any order: a count may dip below zero until the call that raised it arrives.
            holders[from - 1]--;
        }

        if (to > 0)
        {
            holders[to - 1]++;
        }

        _writes.Changed();
        return Task.CompletedTask;
    }

    public async Task<PassportTally> GetAsync(string actorId)
    {
        await GrainFactory.RequireOrganiserAsync(actorId, "Only organisers see the passport figures.");
        return new PassportTally(this.GetPrimaryKeyString(), [.. state.State.Holders.Select(h => Math.Max(0, h))]);
    }
}
