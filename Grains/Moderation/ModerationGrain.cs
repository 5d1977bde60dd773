using Expo.Grains.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Moderation;

/// <summary>
/// Moderation of one expo. Every command is checked here (organisers anywhere, a booth's staff in their booth), stored
/// with its audit entry before it is acknowledged, and then pushed to the booths it affects, which enforce it.
/// </summary>
public sealed partial class ModerationGrain(
    [PersistentState("moderation", ExpoStorage.Expo)] IPersistentState<ModerationState> state,
    ExpoClock clock,
    IOptions<ModerationOptions> options,
    ILogger<ModerationGrain> logger) : Grain, IModerationGrain
{
    private const int KeptOperations = 1000;

    private string ExpoId => this.GetPrimaryKeyString();

    /// <summary>The operation's earlier result id, or null; refuses an id used for another kind of command.</summary>
    private string? FindOperation(string actorId, string operationId, string kind)
    {
        if (!state.State.Operations.TryGetValue($"{actorId}/{operationId}", out var found))
        {
            return null;
        }

        return found.StartsWith(kind + ":", StringComparison.Ordinal)
            ? found[(kind.Length + 1)..]
            : throw ExpoException.Invalid("This operation id was used for another operation; send a new one.");
    }

    /// <summary>Applies the change to a copy, records the operation, writes it, and only then makes it the state.</summary>
    /// <param name="remember">
    /// False for visitors' reports: a report is already applied once per reporter and thing, so its operation id need
    /// not be kept, and a flood of reports leaves no trace in <see cref="ModerationState.Operations"/>.
    /// </param>
    private async Task ChangeAsync(
        string actorId, string operationId, string kind, string resultId, Action<ModerationState> change, bool remember = true)
    {
        var next = state.State.Copy();
        change(next);
        var key = $"{actorId}/{operationId}";
        if (remember)
        {
            next.Operations[key] = $"{kind}:{resultId}";
            next.OperationOrder.Add(key);
        }

        foreach (var old in next.OperationOrder.Take(Math.Max(0, next.OperationOrder.Count - KeptOperations)).ToList())
        {
            next.Operations.Remove(old);
            next.OperationOrder.Remove(old);
        }

        await SealAuditPageAsync(next);
        await SealReportPageAsync(next);

        var before = state.State;
        state.State = next;
        await state.WriteOrRefuseAsync(this, "The moderation change could not be stored just now; send it again.", before);
    }

    /// <summary>Organisers moderate anywhere; a booth's staff only in their booth. Returns the actor's display name.</summary>
    private async Task<string> RequireModeratorAsync(string actorId, string? boothId, string refusal)
    {
        if (!ExpoRules.IsSlug(actorId))
        {
            throw ExpoException.Forbidden(refusal);
        }

        if (!await GrainFactory.IsOrganiserAsync(actorId))
        {
            if (boothId is null || await StaffOf(boothId).GetStaffRoleAsync(actorId) is null)
            {
                throw ExpoException.Forbidden(refusal);
            }
        }
        else if (boothId is not null && await Booth(boothId).GetProfileAsync() is null)
        {
            throw ExpoException.BoothNotFound(boothId);
        }

        return await NameOfAsync(actorId) ?? actorId;
    }

    private async Task<string?> NameOfAsync(string visitorId)
    {
        var visitor = GrainFactory.GetGrain<IVisitorGrain>(visitorId);
        return (await visitor.GetAccountAsync())?.DisplayName ?? (await visitor.GetAsync())?.DisplayName;
    }

    private IBoothGrain Booth(string boothId) => GrainFactory.GetGrain<IBoothGrain>(boothId);

    private IBoothStaffGrain StaffOf(string boothId) => GrainFactory.GetGrain<IBoothStaffGrain>(boothId);

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

}
