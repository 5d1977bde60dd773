using Expo.Grains.Models;
using Microsoft.Extensions.Logging;

namespace Expo.Grains.Booths.Staff;

/// <summary>
/// The booth's staff side: who may act for the booth, and the settings they own. It lives apart from the booth so
/// that editors and the grains beside the booth (catalogue, leads, meetings, analytics, moderation, negotiations)
/// never queue behind chat and presence. Readers see only what is stored (<see cref="_stored"/>); after each stored
/// change the booth is told before the caller hears back, so a removed member loses every right at once.
/// </summary>
public sealed partial class BoothStaffGrain(
    [PersistentState("staff", ExpoStorage.Booths)] IPersistentState<BoothStaffState> state,
    ExpoClock clock,
    ILogger<BoothStaffGrain> logger) : Grain, IBoothStaffGrain
{
    private BoothStaffView _stored = new(0, [], null, null);

    /// <summary>The booth's profile as last read from it, proof that the booth exists; memory only.</summary>
    private BoothProfile? _boothProfile;

    private string BoothId => this.GetPrimaryKeyString();

    private IBoothGrain Booth => GrainFactory.GetGrain<IBoothGrain>(BoothId);

    private Dictionary<string, BoothStaffMember> Staff => state.State.Staff;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.RecordExists)
        {
            await TakeOverBoothRecordAsync();
        }

        _stored = ViewOf(state.State);
    }

    public async Task<string?> GetStaffRoleAsync(string visitorId) => (await GetStaffMemberAsync(visitorId))?.Role;

    public async Task<BoothStaffMember?> GetStaffMemberAsync(string visitorId)
    {
        if (_stored.Members.FirstOrDefault(m => m.VisitorId == visitorId) is { } member)
        {
            return member;
        }

        // Nobody is on the staff of a booth that does not exist, and the caller should hear which of the two it was.
        await RequireBoothAsync();
        return null;
    }

    public Task<BoothStaffView> GetBoothViewAsync() => Task.FromResult(_stored);

    private string? RoleOf(string? visitorId) => visitorId is not null && Staff.TryGetValue(visitorId, out var member) ? member.Role : null;

    private Task<bool> IsOrganiserAsync(string? actorId) => GrainFactory.IsOrganiserAsync(actorId);

    /// <summary>The booth's profile, read once per activation; <c>booth_not_found</c> for a booth that does not exist.</summary>
    private async Task<BoothProfile> RequireBoothAsync() =>
        _boothProfile ??= await Booth.GetProfileAsync() ?? throw ExpoException.BoothNotFound(BoothId);

    /// <summary>Tells the visitor's grain their role here, so their sessions and "my booths" follow the staff list.</summary>
    private Task SyncVisitorRoleAsync(string visitorId) =>
        GrainFactory.GetGrain<IVisitorGrain>(visitorId).SetBoothRoleAsync(BoothId, RoleOf(visitorId));

    private BoothOperation? FindOperation(string actorId, string operationId, string kind) =>
        RecentOperations.Find(state.State.Operations, actorId, operationId, kind);

    private void RecordOperation(string actorId, string operationId, string kind, string? result) =>
        RecentOperations.Record(state.State.Operations, actorId, operationId, kind, result);

    /// <summary>Stores the change, then lets readers and the booth see it; returns the booth's cap as it now stands.</summary>
    private async Task<BoothCapacity> WriteAndPushAsync()
    {
        state.State.Version++;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // The change is made in memory and perhaps not in storage: reload rather than go on from a state nobody stored.
            LogWriteFailed(logger, exception, BoothId);
            DeactivateOnIdle();
            throw new ExpoException(ExpoErrors.Unavailable, "The booth could not store this just now; try again.");
        }

        _stored = ViewOf(state.State);
        return await PushAsync();
    }

    /// <summary>Hands the booth the stored view; a retry pushes again, since a push lost before never reached it.</summary>
    private Task<BoothCapacity> PushAsync() => Booth.ApplyStaffAsync(_stored);

    private static BoothStaffView ViewOf(BoothStaffState stored) => new(
        stored.Version,
        [.. stored.Staff.Values.OrderBy(s => s.Since).ThenBy(s => s.VisitorId, StringComparer.Ordinal)],
        stored.Capacity,
        stored.EditedProfile);

    private DateTimeOffset Now => clock.UtcNow;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Booth {BoothId}: a staff state write failed; the staff grain reloads from storage")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string boothId);
}
