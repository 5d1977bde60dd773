using Expo.Grains.Models;

namespace Expo.Grains.Booths.Staff;

/// <summary>The staff list: who sees it, who removes whom, and the booth as a negotiating party.</summary>
public sealed partial class BoothStaffGrain
{
    public async Task<IReadOnlyList<BoothStaffMember>> GetStaffAsync(string actorId)
    {
        await RequireBoothAsync();
        if (!Staff.ContainsKey(actorId ?? "") && !await IsOrganiserAsync(actorId))
        {
            throw ExpoException.Forbidden("Only the booth's staff and organisers see its staff.");
        }

        return [.. Staff.Values.OrderBy(s => s.Role == StaffRoles.Owner ? 0 : 1).ThenBy(s => s.Since).ThenBy(s => s.VisitorId, StringComparer.Ordinal)];
    }

    public async Task RemoveStaffAsync(string actorId, string operationId, string visitorId)
    {
        await RequireBoothAsync();
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
            WithdrawInvitationsOf(visitorId);
            await WriteAndPushAsync();
        }
        else
        {
            // A retry: make sure the booth holds the list as stored before saying it is done.
            await PushAsync();
        }

        await SyncVisitorRoleAsync(visitorId);
    }

    public async Task<NegotiationParty> GetNegotiationPartyAsync()
    {
        var profile = await RequireBoothAsync();
        var staff = _stored.Members;
        var owners = staff.Where(s => s.Role == StaffRoles.Owner).Select(s => s.VisitorId).ToList();

        // Without an owner nobody could sign for the booth, so a negotiation with it could never end in an agreement.
        if (owners.Count == 0)
        {
            throw ExpoException.Conflict("This booth has no owner on the expo yet, so it cannot negotiate.");
        }

        return new NegotiationParty(
            BoothId, profile.Name, [.. staff.Take(NegotiationRules.MaxMembersPerParty).Select(s => s.VisitorId)], owners);
    }
}
