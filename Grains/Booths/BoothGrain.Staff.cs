using Expo.Grains.Models;
using Microsoft.Extensions.Logging;

namespace Expo.Grains.Booths;

/// <summary>
/// The booth's staff and the checks behind every privileged booth operation. Callers pass the acting visitor's id;
/// the booth decides from its own staff list, and asks the actor's visitor grain only whether they are an organiser.
/// </summary>
public sealed partial class BoothGrain
{
    private const int OperationWindow = 500;

    private Dictionary<string, BoothStaffMember> Staff => _staff.State.Staff;

    public async Task<IReadOnlyList<BoothStaffMember>> GetStaffAsync(string actorId)
    {
        RequireProfile();
        if (!Staff.ContainsKey(actorId ?? "") && !await IsOrganiserAsync(actorId))
        {
            throw ExpoException.Forbidden("Only the booth's staff and organisers see its staff.");
        }

        return [.. Staff.Values.OrderBy(s => s.Role == StaffRoles.Owner ? 0 : 1).ThenBy(s => s.Since).ThenBy(s => s.VisitorId, StringComparer.Ordinal)];
    }

    public async Task RemoveStaffAsync(string actorId, string operationId, string visitorId)
    {
        RequireProfile();
        ExpoRules.RequireOperationId(operationId);
        if (!ExpoRules.IsSlug(visitorId))
        {
            throw ExpoException.Invalid("A visitor id is 1 to 64 characters of a-z, 0-9 and '-'.");
        }

        if (!await IsOrganiserAsync(actorId))
        {
            if (RoleOf(actorId) != StaffRoles.Owner)
            {
                throw ExpoException.Forbidden("Only the booth's owners and organisers remove its staff.");
            }

            if (RoleOf(visitorId) == StaffRoles.Owner)
            {
                throw ExpoException.Forbidden("Only organisers remove a booth's owner.");
            }
        }

        if (FindOperation(actorId, operationId, "remove-staff") is null && Staff.Remove(visitorId))
        {
            RecordOperation(actorId, operationId, "remove-staff", null);
            await WriteStaffAsync();
        }

        await SyncVisitorRoleAsync(visitorId);
    }

    private string? RoleOf(string? visitorId) => visitorId is not null && Staff.TryGetValue(visitorId, out var member) ? member.Role : null;

    private Task<bool> IsOrganiserAsync(string? actorId) => GrainFactory.IsOrganiserAsync(actorId);

    /// <summary>Tells the visitor's grain their role here, so their sessions and "my booths" follow the booth's list.</summary>
    private Task SyncVisitorRoleAsync(string visitorId) =>
        GrainFactory.GetGrain<IVisitorGrain>(visitorId).SetBoothRoleAsync(BoothId, RoleOf(visitorId));

    private BoothOperation? FindOperation(string actorId, string operationId, string kind)
    {
        var key = $"{actorId}/{operationId}";
        var found = _staff.State.Operations.FirstOrDefault(o => o.Key == key);
        return found is null || found.Kind == kind
            ? found
            : throw ExpoException.Invalid("This operation id was used for another operation; send a new one.");
    }

    private void RecordOperation(string actorId, string operationId, string kind, string? result)
    {
        var operations = _staff.State.Operations;
        operations.Add(new BoothOperation { Key = $"{actorId}/{operationId}", Kind = kind, Result = result });
        if (operations.Count > OperationWindow)
        {
            operations.RemoveRange(0, operations.Count - OperationWindow);
        }
    }

    private async Task WriteStaffAsync()
    {
        try
        {
            await _staff.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // The change is made in memory and perhaps not in storage: reload rather than go on from a state nobody stored.
            LogStaffWriteFailed(_logger, exception, BoothId);
            DeactivateOnIdle();
            throw new ExpoException(ExpoErrors.Unavailable, "The booth could not store this just now; try again.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Booth {BoothId}: a staff state write failed; the booth reloads from storage")]
    private static partial void LogStaffWriteFailed(ILogger logger, Exception exception, string boothId);
}
