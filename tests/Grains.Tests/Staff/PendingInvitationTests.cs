using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Staff;

/// <summary>
/// An invitation hands on a right, so it holds only while its creator still holds that right; owners and organisers
/// see the pending ones (never their codes) and withdraw them.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PendingInvitationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AnInvitationFromAnOwnerWhoWasRemovedSinceIsRefusedAndNoLongerListed()
    {
        var world = await Staffing.CreateAsync(fixture);
        var leaving = await world.OwnerAsync();
        var staying = await world.OwnerAsync();
        var fromLeaving = await InviteMemberAsync(world, leaving);
        var fromStaying = await InviteMemberAsync(world, staying);
        Assert.Equal(2, (await world.Staff.GetPendingInvitationsAsync(staying.VisitorId)).Count);

        await world.Staff.RemoveStaffAsync(world.Organiser.VisitorId, TestKeys.New("op"), leaving.VisitorId);

        Assert.Equal(ExpoErrors.InvalidInput, await RefusalAsync(() => world.Staff.CheckInvitationAsync(fromLeaving)));
        var newcomer = await world.RegisterAsync("Newcomer");
        Assert.Equal(ExpoErrors.InvalidInput, await RefusalAsync(() => world.Staff.AcceptInvitationAsync(fromLeaving, newcomer.VisitorId)));
        Assert.Null(await world.Staff.GetStaffRoleAsync(newcomer.VisitorId));
        Assert.Equal([InvitationCodes.IdOf(fromStaying)], (await world.Staff.GetPendingInvitationsAsync(staying.VisitorId)).Select(p => p.Id));
        Assert.Equal(StaffRoles.Member, (await world.Staff.AcceptInvitationAsync(fromStaying, newcomer.VisitorId)).Role);
    }

    [Fact]
    public async Task AnOwnerInvitationFromAnOrganiserWhoLostTheRoleIsRefused()
    {
        var world = await Staffing.CreateAsync(fixture);
        var second = await fixture.Client.GetGrain<IAccountGrain>(Staffing.NewEmail()).EnsureOrganiserAsync(Staffing.Password, "Second organiser");
        var invitation = await world.Staff.CreateInvitationAsync(second.VisitorId, TestKeys.New("op"), StaffRoles.Owner, TimeSpan.FromDays(1));
        var secret = InvitationCodes.Parse(invitation.Code).Secret;
        Assert.Equal(StaffRoles.Owner, (await world.Staff.CheckInvitationAsync(secret)).Role);

        await fixture.Client.GetGrain<IVisitorGrain>(second.VisitorId).RevokeOrganiserAsync();

        Assert.Equal(ExpoErrors.InvalidInput, await RefusalAsync(() => world.Staff.CheckInvitationAsync(secret)));
        var hopeful = await world.RegisterAsync("Hopeful");
        Assert.Equal(ExpoErrors.InvalidInput, await RefusalAsync(() => world.Staff.AcceptInvitationAsync(secret, hopeful.VisitorId)));
        Assert.Empty(await world.Staff.GetPendingInvitationsAsync(world.Organiser.VisitorId));
    }

    [Fact]
    public async Task OwnersSeePendingInvitationsWithoutTheirCodesAndWithdrawOnlyWhatTheirRoleAllows()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var member = await world.MemberAsync(owner);
        var kept = await InviteMemberAsync(world, owner);
        var withdrawn = await InviteMemberAsync(world, owner);
        var ownerInvitation = await world.Staff.CreateInvitationAsync(world.Organiser.VisitorId, TestKeys.New("op"), StaffRoles.Owner, TimeSpan.FromHours(2));
        var ownerInvitationId = InvitationCodes.IdOf(InvitationCodes.Parse(ownerInvitation.Code).Secret);

        var pending = await world.Staff.GetPendingInvitationsAsync(owner.VisitorId);

        // Soonest to expire first; the accepted one that made the member is not pending; no code is shown.
        Assert.Equal(ownerInvitationId, pending[0].Id);
        Assert.Equal(
            new[] { InvitationCodes.IdOf(kept), InvitationCodes.IdOf(withdrawn) }.Order(StringComparer.Ordinal),
            pending.Skip(1).Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.All(pending.Skip(1), p => Assert.Equal(("Owner", StaffRoles.Member), (p.CreatedByName, p.Role)));
        Assert.DoesNotContain(pending, p => p.Id.Contains(kept, StringComparison.Ordinal) || kept.Contains(p.Id, StringComparison.Ordinal));

        Assert.Equal(ExpoErrors.Forbidden, await RefusalAsync(() => world.Staff.GetPendingInvitationsAsync(member.VisitorId)));
        Assert.Equal(ExpoErrors.Forbidden, await RefusalAsync(() => world.Staff.WithdrawInvitationAsync(member.VisitorId, TestKeys.New("op"), InvitationCodes.IdOf(kept))));
        Assert.Equal(ExpoErrors.Forbidden, await RefusalAsync(() => world.Staff.WithdrawInvitationAsync(owner.VisitorId, TestKeys.New("op"), ownerInvitationId)));
        Assert.Equal(ExpoErrors.InvalidInput, await RefusalAsync(() => world.Staff.WithdrawInvitationAsync(owner.VisitorId, TestKeys.New("op"), kept)));

        await world.Staff.WithdrawInvitationAsync(owner.VisitorId, TestKeys.New("op"), InvitationCodes.IdOf(withdrawn));
        await world.Staff.WithdrawInvitationAsync(owner.VisitorId, TestKeys.New("op"), InvitationCodes.IdOf(withdrawn));
        await world.Staff.WithdrawInvitationAsync(world.Organiser.VisitorId, TestKeys.New("op"), ownerInvitationId);

        Assert.Equal(ExpoErrors.InvalidInput, await RefusalAsync(() => world.Staff.CheckInvitationAsync(withdrawn)));
        Assert.Equal(ExpoErrors.InvalidInput, await RefusalAsync(() => world.Staff.CheckInvitationAsync(InvitationCodes.Parse(ownerInvitation.Code).Secret)));
        Assert.Equal(StaffRoles.Member, (await world.Staff.CheckInvitationAsync(kept)).Role);
        Assert.Equal([InvitationCodes.IdOf(kept)], (await world.Staff.GetPendingInvitationsAsync(owner.VisitorId)).Select(p => p.Id));
    }

    private static async Task<string> InviteMemberAsync(Staffing world, VisitorAccount owner)
    {
        var invitation = await world.Staff.CreateInvitationAsync(owner.VisitorId, TestKeys.New("op"), StaffRoles.Member, TimeSpan.FromDays(1));
        return InvitationCodes.Parse(invitation.Code).Secret;
    }

    private static async Task<string> RefusalAsync(Func<Task> call) => (await Assert.ThrowsAsync<ExpoException>(call)).Code;
}
