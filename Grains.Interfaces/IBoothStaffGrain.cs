using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>
/// A booth's staff side, apart from the booth's presence and chat: its staff, invitations, edited profile and cap.
/// Every privileged check on a booth asks this grain; it pushes what the booth needs to the booth on every change.
/// </summary>
[Alias("expo.IBoothStaffGrain")]
public interface IBoothStaffGrain : IGrainWithStringKey
{
    /// <summary>Replaces the editable profile; only the booth's staff may. A repeated operation id changes nothing.</summary>
    [Alias("update-profile")]
    Task<BoothProfile> UpdateProfileAsync(string actorId, string operationId, BoothProfileEdit edit);

    /// <summary>An owner invitation needs an organiser; a member invitation the booth's owner or an organiser.</summary>
    [Alias("create-invitation")]
    Task<BoothInvitation> CreateInvitationAsync(string actorId, string operationId, string role, TimeSpan validFor);

    /// <summary>
    /// The invitation behind a secret while it can still be accepted: not used, not expired, not withdrawn, and its
    /// creator still holds the right to invite (an owner of the booth, or an organiser; an organiser for an owner
    /// invitation). <c>invalid_input</c> otherwise.
    /// </summary>
    [Alias("check-invitation")]
    Task<BoothInvitation> CheckInvitationAsync(string secret);

    /// <summary>
    /// Puts the registered visitor on the staff, under the same conditions as <see cref="CheckInvitationAsync"/>;
    /// accepting the same invitation again returns the same place.
    /// </summary>
    [Alias("accept-invitation")]
    Task<BoothStaffMember> AcceptInvitationAsync(string secret, string visitorId);

    /// <summary>The invitations nobody has accepted yet that can still be, soonest to expire first; for owners and organisers.</summary>
    [Alias("pending-invitations")]
    Task<IReadOnlyList<PendingInvitation>> GetPendingInvitationsAsync(string actorId);

    /// <summary>
    /// An owner withdraws a member invitation, an organiser any; its code is refused from then on. Withdrawing one
    /// that is gone already (withdrawn, accepted or expired) changes nothing.
    /// </summary>
    [Alias("withdraw-invitation")]
    Task WithdrawInvitationAsync(string actorId, string operationId, string invitationId);

    /// <summary>The staff, for the booth's own staff and organisers.</summary>
    [Alias("staff")]
    Task<IReadOnlyList<BoothStaffMember>> GetStaffAsync(string actorId);

    /// <summary>An owner removes members; an organiser removes anyone. The booth knows before this returns.</summary>
    [Alias("remove-staff")]
    Task RemoveStaffAsync(string actorId, string operationId, string visitorId);

    /// <summary>The booth as a negotiating party: its staff are the members, its owners the signatories.</summary>
    [Alias("negotiation-party")]
    Task<NegotiationParty> GetNegotiationPartyAsync();

    /// <summary>Sets or (with null) clears the cap; the booth's staff and organisers may. A repeated operation id changes nothing.</summary>
    [Alias("set-capacity")]
    Task<BoothCapacity> SetCapacityAsync(string actorId, string operationId, int? capacity);

    /// <summary>
    /// The visitor's role on the staff, or null; the grains beside the booth ask it before letting staff act. Reads only
    /// what is stored, so it may run beside a change in progress (and a booth asking while it is being pushed to never waits).
    /// </summary>
    [AlwaysInterleave, Alias("staff-role")]
    Task<string?> GetStaffRoleAsync(string visitorId);

    /// <summary>The visitor's place on the staff, or null; read like <see cref="GetStaffRoleAsync"/>.</summary>
    [AlwaysInterleave, Alias("staff-member")]
    Task<BoothStaffMember?> GetStaffMemberAsync(string visitorId);

    /// <summary>What the booth keeps of the staff state, as stored; the booth pulls it once when it activates.</summary>
    [AlwaysInterleave, Alias("booth-view")]
    Task<BoothStaffView> GetBoothViewAsync();
}
