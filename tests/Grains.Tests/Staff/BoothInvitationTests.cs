using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Staff;

[Collection(ClusterCollection.Name)]
public sealed class BoothInvitationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AnOrganisersInvitationMakesTheRegisteredAccepterTheBoothsOwner()
    {
        var world = await Staffing.CreateAsync(fixture);
        var invitation = await world.Staff.CreateInvitationAsync(world.Organiser.VisitorId, "op-1", StaffRoles.Owner, TimeSpan.FromDays(7));
        var exhibitor = await world.RegisterAsync("Lin");

        var member = await world.Staff.AcceptInvitationAsync(InvitationCodes.Parse(invitation.Code).Secret, exhibitor.VisitorId);

        Assert.Equal((world.BoothId, StaffRoles.Owner, fixture.Time.GetUtcNow() + TimeSpan.FromDays(7)), (invitation.BoothId, invitation.Role, invitation.ExpiresAt));
        Assert.Equal(new BoothStaffMember(exhibitor.VisitorId, "Lin", StaffRoles.Owner, fixture.Time.GetUtcNow()), member);
        Assert.Equal([member], await world.Staff.GetStaffAsync(world.Organiser.VisitorId));
        var roles = await fixture.Client.GetGrain<IVisitorGrain>(exhibitor.VisitorId).GetAccountAsync();
        Assert.Equal([new BoothRole(world.BoothId, StaffRoles.Owner)], roles!.Booths);
    }

    [Fact]
    public async Task AnOwnerInvitesAMemberAndRemovesThem()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var member = await world.MemberAsync(owner);
        Assert.Equal([StaffRoles.Owner, StaffRoles.Member], (await world.Staff.GetStaffAsync(owner.VisitorId)).Select(s => s.Role));

        await world.Staff.RemoveStaffAsync(owner.VisitorId, "remove-1", member.VisitorId);

        Assert.Equal([owner.VisitorId], (await world.Staff.GetStaffAsync(owner.VisitorId)).Select(s => s.VisitorId));
        Assert.Empty((await fixture.Client.GetGrain<IVisitorGrain>(member.VisitorId).GetAccountAsync())!.Booths);
        var refused = await Assert.ThrowsAsync<ExpoException>(() => world.Staff.GetStaffAsync(member.VisitorId));
        Assert.Equal(ExpoErrors.Forbidden, refused.Code);
    }

    [Fact]
    public async Task AnInvitationIsOneTimeButItsAccepterMayRetry()
    {
        var world = await Staffing.CreateAsync(fixture);
        var invitation = await world.Staff.CreateInvitationAsync(world.Organiser.VisitorId, "op-1", StaffRoles.Owner, TimeSpan.FromDays(1));
        var secret = InvitationCodes.Parse(invitation.Code).Secret;
        var first = await world.RegisterAsync("First");
        var second = await world.RegisterAsync("Second");

        var accepted = await world.Staff.AcceptInvitationAsync(secret, first.VisitorId);
        var retried = await world.Staff.AcceptInvitationAsync(secret, first.VisitorId);
        var refused = await Assert.ThrowsAsync<ExpoException>(() => world.Staff.AcceptInvitationAsync(secret, second.VisitorId));

        Assert.Equal(accepted, retried);
        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        Assert.Equal([first.VisitorId], (await world.Staff.GetStaffAsync(first.VisitorId)).Select(s => s.VisitorId));
        await Assert.ThrowsAsync<ExpoException>(() => world.Staff.CheckInvitationAsync(secret));
    }

    [Fact]
    public async Task AnExpiredInvitationIsRefused()
    {
        var world = await Staffing.CreateAsync(fixture);
        var invitation = await world.Staff.CreateInvitationAsync(world.Organiser.VisitorId, "op-1", StaffRoles.Owner, TimeSpan.FromHours(1));
        var secret = InvitationCodes.Parse(invitation.Code).Secret;
        var late = await world.RegisterAsync("Late");
        Assert.Equal(invitation, await world.Staff.CheckInvitationAsync(secret));

        fixture.Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(ExpoErrors.InvalidInput, (await Assert.ThrowsAsync<ExpoException>(() => world.Staff.AcceptInvitationAsync(secret, late.VisitorId))).Code);
        Assert.Empty(await world.Staff.GetStaffAsync(world.Organiser.VisitorId));
    }

    [Fact]
    public async Task AGuestCannotAcceptAnInvitationAndItStaysOpen()
    {
        var world = await Staffing.CreateAsync(fixture);
        var invitation = await world.Staff.CreateInvitationAsync(world.Organiser.VisitorId, "op-1", StaffRoles.Owner, TimeSpan.FromDays(1));
        var secret = InvitationCodes.Parse(invitation.Code).Secret;

        var refused = await Assert.ThrowsAsync<ExpoException>(() => world.Staff.AcceptInvitationAsync(secret, TestKeys.New("v")));

        Assert.Equal(ExpoErrors.Forbidden, refused.Code);
        Assert.Empty(await world.Staff.GetStaffAsync(world.Organiser.VisitorId));
        Assert.Equal(invitation, await world.Staff.CheckInvitationAsync(secret));
    }

    [Fact]
    public async Task AMemberInvitationNeverDemotesAnOwner()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var invitation = await world.Staff.CreateInvitationAsync(owner.VisitorId, "op-1", StaffRoles.Member, TimeSpan.FromDays(1));

        var member = await world.Staff.AcceptInvitationAsync(InvitationCodes.Parse(invitation.Code).Secret, owner.VisitorId);

        Assert.Equal(StaffRoles.Owner, member.Role);
    }

    [Fact]
    public async Task ARetriedInvitationRequestReturnsTheSameCodeAndCreatesOneInvitation()
    {
        var world = await Staffing.CreateAsync(fixture);

        var first = await world.Staff.CreateInvitationAsync(world.Organiser.VisitorId, "op-1", StaffRoles.Owner, TimeSpan.FromDays(1));
        var retried = await world.Staff.CreateInvitationAsync(world.Organiser.VisitorId, "op-1", StaffRoles.Owner, TimeSpan.FromDays(1));
        var another = await world.Staff.CreateInvitationAsync(world.Organiser.VisitorId, "op-2", StaffRoles.Owner, TimeSpan.FromDays(1));

        Assert.Equal(first, retried);
        Assert.NotEqual(first.Code, another.Code);
        Assert.Matches("^[a-z0-9-]+\\.[0-9a-f]{32}$", first.Code);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(24 * 31)]
    public async Task AnInvitationValidForTooShortOrTooLongIsRefused(double hours)
    {
        var world = await Staffing.CreateAsync(fixture);

        var refused = await Assert.ThrowsAsync<ExpoException>(
            () => world.Staff.CreateInvitationAsync(world.Organiser.VisitorId, "op-1", StaffRoles.Owner, TimeSpan.FromHours(hours)));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
    }
}
