using Expo.Grains.Models;

namespace Expo.Grains.Booths.Staff;

/// <summary>The booth's staff edit its profile; the edit wins over the seed catalogue from then on.</summary>
public sealed partial class BoothStaffGrain
{
    public async Task<BoothProfile> UpdateProfileAsync(string actorId, string operationId, BoothProfileEdit edit)
    {
        // The booth's profile as visitors see it now (a re-seed may have moved it to another pavilion since the last edit).
        var current = await Booth.GetProfileAsync() ?? throw ExpoException.BoothNotFound(BoothId);
        _boothProfile = current;
        ExpoRules.RequireOperationId(operationId);
        if (!Staff.ContainsKey(actorId ?? ""))
        {
            throw ExpoException.Forbidden("Only the booth's staff edit its profile.");
        }

        if (FindOperation(actorId!, operationId, "profile") is not null)
        {
            // A retry after a lost answer: the push that answer followed may have been lost with it.
            await PushAsync();
            return await Booth.GetProfileAsync() ?? current;
        }

        var updated = BoothProfileRules.Apply(current, edit, await ExpoFieldsAsync());
        state.State.EditedProfile = updated;
        RecordOperation(actorId!, operationId, "profile", null);

        // The booth takes the edit from the push and tells its subscribers.
        await WriteAndPushAsync();
        _boothProfile = updated;
        return updated;
    }

    private async Task<IReadOnlySet<string>> ExpoFieldsAsync()
    {
        var expoId = await Booth.GetExpoIdAsync();
        var definition = expoId is null ? null : await GrainFactory.GetGrain<IExpoGrain>(expoId).GetAsync();
        return (definition?.Fields ?? []).Select(f => f.Id).ToHashSet();
    }
}
