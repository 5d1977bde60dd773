using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>
/// What the booth keeps of its staff: a copy the staff grain pushes on every stored change (and the booth pulls once
/// when it activates), for what presence and chat need on every call: counting staff apart from visitors, the cap
/// and the queue, the staff badge on chat lines, who of the staff is in. No right rests on this copy: privileged
/// operations here ask the staff grain (<see cref="RequireStaffAsync"/>).
/// </summary>
public sealed partial class BoothGrain
{
    private BoothStaffView _staffView = new(-1, [], null, null);
    private Dictionary<string, BoothStaffMember> _staffById = [];

    private IBoothStaffGrain StaffGrain => GrainFactory.GetGrain<IBoothStaffGrain>(BoothId);

    public Task<BoothCapacity> ApplyStaffAsync(BoothStaffView view)
    {
        // Nothing here awaits: the call interleaves with the booth's others, so it must finish in one step.
        if (view.Version >= _staffView.Version)
        {
            var capacityChanged = view.Capacity != _staffView.Capacity;
            var edited = view.EditedProfile is { } profile && !SameContent.Equal(_staffView.EditedProfile, profile);
            TakeStaffView(view);
            if (edited && _profile is not null)
            {
                var updated = _profile = KeepStaffEdits(_profile);
                _subscribers.Notify(o => o.OnProfileAsync(updated), _clock.UtcNow);
            }

            if (capacityChanged && _profile is not null)
            {
                // Lowering the cap ejects nobody: it only keeps newcomers out until enough have left.
                _queue.Changed = true;
                SchedulePresenceFlush();
                Sweep();
                AdmitFromQueue();
            }
        }

        return Task.FromResult(CurrentCapacity());
    }

    public Task<string?> GetExpoIdAsync() => Task.FromResult(_expoId);

    private async Task LoadStaffAsync() => TakeStaffView(await StaffGrain.GetBoothViewAsync());

    private void TakeStaffView(BoothStaffView view)
    {
        _staffView = view;
        _staffById = view.Members.ToDictionary(m => m.VisitorId);
    }

    private bool IsStaff(string visitorId) => _staffById.ContainsKey(visitorId);

    private int? Capacity => _staffView.Capacity;

    /// <summary>The profile a (re-)seed leaves the booth with: the staff's edit, once there is one.</summary>
    private BoothProfile KeepStaffEdits(BoothProfile seeded) =>
        _staffView.EditedProfile is { } edited ? edited with { PavilionId = seeded.PavilionId } : seeded;

    /// <summary>Asks the staff grain, which holds the list as stored: a member removed a moment ago is refused.</summary>
    private async Task<BoothStaffMember> RequireStaffAsync(string? actorId, string refusal) =>
        ExpoRules.IsSlug(actorId) && await StaffGrain.GetStaffMemberAsync(actorId!) is { } member
            ? member
            : throw ExpoException.Forbidden(refusal);

    private async Task<bool> IsStaffOrOrganiserAsync(string? actorId) =>
        (ExpoRules.IsSlug(actorId) && await StaffGrain.GetStaffRoleAsync(actorId!) is not null) || await GrainFactory.IsOrganiserAsync(actorId);
}
