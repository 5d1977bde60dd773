using Expo.Grains.Models;

namespace Expo.Grains.Booths.Staff;

/// <summary>
/// Invitations waiting to be accepted: an invitation is a grant handed on, so it holds only while its creator still
/// holds the right it was made with. Owners and organisers see the pending ones and withdraw any they no longer want.
/// </summary>
public sealed partial class BoothStaffGrain
{
    public async Task<IReadOnlyList<PendingInvitation>> GetPendingInvitationsAsync(string actorId)
    {
        await RequireBoothAsync();
        if (RoleOf(actorId) != StaffRoles.Owner && !await IsOrganiserAsync(actorId))
        {
            throw ExpoException.Forbidden("Only the booth's owners and organisers see its pending invitations.");
        }

        // Up to 100 invitations from a handful of creators: each creator's standing and name is asked once.
        var now = Now;
        var pending = new List<PendingInvitation>();
        var organisers = new Dictionary<string, bool>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (secret, invitation) in Invitations.Where(i => i.Value.AcceptedBy is null && i.Value.ExpiresAt > now).OrderBy(i => i.Value.ExpiresAt))
        {
            if (await IsBackedAsync(invitation, organisers))
            {
                var name = names.TryGetValue(invitation.CreatedBy, out var known) ? known : names[invitation.CreatedBy] = await NameOfAsync(invitation.CreatedBy);
                pending.Add(new PendingInvitation(InvitationCodes.IdOf(secret), invitation.Role, invitation.CreatedBy, name, invitation.ExpiresAt));
            }
        }

        return pending;
    }

    public async Task WithdrawInvitationAsync(string actorId, string operationId, string invitationId)
    {
        await RequireBoothAsync();
        ExpoRules.RequireOperationId(operationId);
        if (!InvitationCodes.IsId(invitationId))
        {
            throw ExpoException.Invalid("An invitation id is 16 characters of 0-9 and a-f, as listed with the pending invitations.");
        }

        var organiser = await IsOrganiserAsync(actorId);
        if (!organiser && RoleOf(actorId) != StaffRoles.Owner)
        {
            throw ExpoException.Forbidden("Only the booth's owners and organisers withdraw its invitations.");
        }

        var (secret, invitation) = Invitations.FirstOrDefault(i => i.Value.AcceptedBy is null && InvitationCodes.IdOf(i.Key) == invitationId);
        if (secret is null)
        {
            return;
        }

        if (invitation.Role == StaffRoles.Owner && !organiser)
        {
            throw ExpoException.Forbidden("Only organisers withdraw an invitation to become an owner.");
        }

        Invitations.Remove(secret);
        await WriteAndPushAsync();
    }

    /// <summary>
    /// Whether the invitation's creator could make it now: an organiser, or (for a member) an owner of the booth.
    /// <paramref name="organisers"/>, when given, remembers each creator's organiser check for the caller's loop.
    /// </summary>
    private async Task<bool> IsBackedAsync(StoredInvitation invitation, Dictionary<string, bool>? organisers = null)
    {
        if (invitation.Role != StaffRoles.Owner && RoleOf(invitation.CreatedBy) == StaffRoles.Owner)
        {
            return true;
        }

        if (organisers?.TryGetValue(invitation.CreatedBy, out var known) == true)
        {
            return known;
        }

        var organiser = await IsOrganiserAsync(invitation.CreatedBy);
        organisers?.TryAdd(invitation.CreatedBy, organiser);
        return organiser;
    }

    /// <summary>Drops the pending invitations a person made, when they leave the staff: nobody may use them any more.</summary>
    private void WithdrawInvitationsOf(string visitorId)
    {
        foreach (var (secret, _) in Invitations.Where(i => i.Value.AcceptedBy is null && i.Value.CreatedBy == visitorId).ToList())
        {
            Invitations.Remove(secret);
        }
    }

    private async Task<string> NameOfAsync(string visitorId) =>
        Staff.TryGetValue(visitorId, out var member) ? member.DisplayName
        : ExpoRules.IsSlug(visitorId) && await GrainFactory.GetGrain<IVisitorGrain>(visitorId).GetAccountAsync() is { } account ? account.DisplayName
        : visitorId;
}
