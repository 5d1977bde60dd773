using Expo.Grains.Models;

namespace Expo.Grains.Booths.Staff;

/// <summary>The booth's cap is the staff's setting; the booth, which holds the queue, applies it when told.</summary>
public sealed partial class BoothStaffGrain
{
    public async Task<BoothCapacity> SetCapacityAsync(string actorId, string operationId, int? capacity)
    {
        await RequireBoothAsync();
        ExpoRules.RequireOperationId(operationId);
        capacity = CapacityRules.Require(capacity);
        if (!Staff.ContainsKey(actorId ?? "") && !await IsOrganiserAsync(actorId))
        {
            throw ExpoException.Forbidden("Only the booth's staff and organisers set its cap.");
        }

        if (FindOperation(actorId!, operationId, "capacity") is null)
        {
            state.State.Capacity = capacity;
            RecordOperation(actorId!, operationId, "capacity", null);
            return await WriteAndPushAsync();
        }

        // A retry answers with the cap as it stands, which the booth knows.
        return await PushAsync();
    }
}
