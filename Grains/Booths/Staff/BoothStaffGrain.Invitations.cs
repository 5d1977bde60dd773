using System.Security.Cryptography;
using Expo.Grains.Models;

namespace Expo.Grains.Booths.Staff;

/// <summary>One-time invitation codes onto the booth's staff, kept by the staff they lead to.</summary>
public sealed partial class BoothStaffGrain
{
    public static readonly TimeSpan MinInvitationValidity = TimeSpan.FromHours(1);
    public static readonly TimeSpan MaxInvitationValidity = TimeSpan.FromDays(30);
    private const int MaxOpenInvitations = 100;

    private Dictionary<string, StoredInvitation> Invitations => state.State.Invitations;

    public async Task<BoothInvitation> CreateInvitationAsync(string actorId, string operationId, string role, TimeSpan validFor)
    {
        await RequireBoothAsync();
        ExpoRules.RequireOperationId(operationId);
        StaffRoles.Require(role);
        if (validFor < MinInvitationValidity || validFor > MaxInvitationValidity)
        {
            throw ExpoException.Invalid("An invitation is valid for 1 hour to 30 days.");
        }

        var organiser = await IsOrganiserAsync(actorId);
        if (role == StaffRoles.Owner && !organiser)
        {
            throw ExpoException.Forbidden("Only organisers invite a booth's owners.");
        }

        if (!organiser && RoleOf(actorId) != StaffRoles.Owner)
        {
            throw ExpoException.Forbidden("Only the booth's owners and organisers invite its staff.");
        }

        if (FindOperation(actorId, operationId, "invite") is { Result: { } earlier })
        {
            return Invitations.TryGetValue(earlier, out var stored) ? ToInvitation(earlier, stored) : throw InvitationCodes.Invalid();
        }

        var now = Now;
        PruneInvitations(now);
        if (Invitations.Count >= MaxOpenInvitations)
        {
            throw ExpoException.Invalid($"The booth has {MaxOpenInvitations} open invitations; wait until some are used or expire.");
        }

        // The secret is stored as issued so that a retried request can answer with the same code; it is one-time,
        // expires, and storage is readable by the cluster alone.
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var invitation = new StoredInvitation { Role = role, ExpiresAt = now + validFor, CreatedBy = actorId };
        Invitations[secret] = invitation;
        RecordOperation(actorId, operationId, "invite", secret);
        await WriteAndPushAsync();
        return ToInvitation(secret, invitation);
    }

    public async Task<BoothInvitation> CheckInvitationAsync(string secret)
    {
        await RequireBoothAsync();
        return Invitations.TryGetValue(secret ?? "", out var stored) && stored.AcceptedBy is null && stored.ExpiresAt > Now
            && await IsBackedAsync(stored)
            ? ToInvitation(secret!, stored)
            : throw InvitationCodes.Invalid();
    }

    public async Task<BoothStaffMember> AcceptInvitationAsync(string secret, string visitorId)
    {
        await RequireBoothAsync();
        if (!Invitations.TryGetValue(secret ?? "", out var invitation)
            || (invitation.AcceptedBy is { } acceptedBy && acceptedBy != visitorId)
            || (invitation.AcceptedBy is null && (invitation.ExpiresAt <= Now || !await IsBackedAsync(invitation))))
        {
            throw InvitationCodes.Invalid();
        }

        var account = ExpoRules.IsSlug(visitorId) ? await GrainFactory.GetGrain<IVisitorGrain>(visitorId).GetAccountAsync() : null;
        if (account is null)
        {
            throw ExpoException.Forbidden("Register or sign in with an email address to join a booth's staff.");
        }

        if (invitation.AcceptedBy is null)
        {
            var existing = Staff.GetValueOrDefault(visitorId);
            var role = existing is null ? invitation.Role : StaffRoles.Stronger(existing.Role, invitation.Role);
            Staff[visitorId] = new BoothStaffMember(visitorId, account.DisplayName, role, existing?.Since ?? Now);
            invitation.AcceptedBy = visitorId;
            await WriteAndPushAsync();
        }
        else
        {
            // A retry after a lost answer: the push that answer followed may have been lost with it.
            await PushAsync();
        }

        // A retry after a lost answer lands here too, and finds its place (unless it was taken away since).
        var member = Staff.GetValueOrDefault(visitorId) ?? throw InvitationCodes.Invalid();
        await SyncVisitorRoleAsync(visitorId);
        return member;
    }

    private void PruneInvitations(DateTimeOffset now)
    {
        foreach (var (secret, _) in Invitations.Where(i => i.Value.ExpiresAt <= now).ToList())
        {
            Invitations.Remove(secret);
        }
    }

    private BoothInvitation ToInvitation(string secret, StoredInvitation stored) =>
        new(InvitationCodes.Format(BoothId, secret), BoothId, stored.Role, stored.ExpiresAt);
}
