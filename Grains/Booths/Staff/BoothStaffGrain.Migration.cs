using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Expo.Grains.Booths.Staff;

/// <summary>
/// Booths stored before the staff grain existed keep their staff state as the booth grain's own "staff" record. Grain
/// storage names a record after the grain it belongs to, so this grain cannot simply read it as its own: the first
/// activation that finds no record of its own reads the booth's through the same storage provider, under the booth's
/// grain id, and stores it as its own. From then on the booth's old record is ignored (it stays, unread, so an older
/// build rolled back to still finds its staff as they were at the upgrade).
/// </summary>
public sealed partial class BoothStaffGrain
{
    /// <summary>The state name the booth grain stored its staff under.</summary>
    public const string BoothRecordName = "staff";

    private async Task TakeOverBoothRecordAsync()
    {
        var storage = ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ExpoStorage.Booths);
        var record = new GrainState<BoothStaffState>(new BoothStaffState());
        await storage.ReadStateAsync(BoothRecordName, Booth.GetGrainId(), record);
        if (!record.RecordExists || record.State is null)
        {
            return;
        }

        state.State = record.State;
        await state.WriteStateAsync();
        LogTakenOver(logger, BoothId, record.State.Staff.Count, record.State.Invitations.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Booth {BoothId}: the staff grain took over the booth's stored staff ({Staff} staff, {Invitations} invitations)")]
    private static partial void LogTakenOver(ILogger logger, string boothId, int staff, int invitations);
}
