using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>The booth's staff edit its profile; the edit wins over the seed catalogue from then on.</summary>
public sealed partial class BoothGrain
{
    public async Task<BoothProfile> UpdateProfileAsync(string actorId, string operationId, BoothProfileEdit edit)
    {
        var current = RequireProfile();
        ExpoRules.RequireOperationId(operationId);
        if (!Staff.ContainsKey(actorId ?? ""))
        {
            throw ExpoException.Forbidden("Only the booth's staff edit its profile.");
        }

        if (FindOperation(actorId!, operationId, "profile") is not null)
        {
            return current;
        }

        var updated = BoothProfileRules.Apply(current, edit, await ExpoFieldsAsync());
        _staff.State.EditedProfile = updated;
        RecordOperation(actorId!, operationId, "profile", null);
        await WriteStaffAsync();
        _profile = updated;
        _subscribers.Notify(o => o.OnProfileAsync(updated), _clock.UtcNow);
        return updated;
    }

    /// <summary>The profile a (re-)seed leaves the booth with: the staff's edit, once there is one.</summary>
    private BoothProfile KeepStaffEdits(BoothProfile seeded) =>
        _staff.State.EditedProfile is { } edited ? edited with { PavilionId = seeded.PavilionId } : seeded;

    private async Task<IReadOnlySet<string>> ExpoFieldsAsync()
    {
        var definition = _expoId is null ? null : await GrainFactory.GetGrain<IExpoGrain>(_expoId).GetAsync();
        return (definition?.Fields ?? []).Select(f => f.Id).ToHashSet();
    }
}
