using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Staff;

/// <summary>Every privileged booth operation, tried by everyone who may not do it: each is refused and changes nothing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class WrongRoleTests(ClusterFixture fixture)
{
    public enum Actor
    {
        Guest,
        Visitor,
        OtherBoothOwner,
        Member,
    }

    public enum Operation
    {
        EditProfile,
        InviteOwner,
        InviteMember,
        RemoveMember,
        RemoveOwner,
        ReadStaff,
    }

    public static TheoryData<Operation, Actor> Refusals() => new()
    {
        { Operation.EditProfile, Actor.Guest },
        { Operation.EditProfile, Actor.Visitor },
        { Operation.EditProfile, Actor.OtherBoothOwner },
        { Operation.InviteOwner, Actor.Guest },
        { Operation.InviteOwner, Actor.Visitor },
        { Operation.InviteOwner, Actor.OtherBoothOwner },
        { Operation.InviteOwner, Actor.Member },
        { Operation.InviteMember, Actor.Guest },
        { Operation.InviteMember, Actor.Visitor },
        { Operation.InviteMember, Actor.OtherBoothOwner },
        { Operation.InviteMember, Actor.Member },
        { Operation.RemoveMember, Actor.Guest },
        { Operation.RemoveMember, Actor.Visitor },
        { Operation.RemoveMember, Actor.OtherBoothOwner },
        { Operation.RemoveMember, Actor.Member },
        { Operation.RemoveOwner, Actor.Member },
        { Operation.RemoveOwner, Actor.OtherBoothOwner },
        { Operation.ReadStaff, Actor.Guest },
        { Operation.ReadStaff, Actor.Visitor },
        { Operation.ReadStaff, Actor.OtherBoothOwner },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task APrivilegedBoothOperationByTheWrongRoleIsRefusedAndChangesNothing(Operation operation, Actor actor)
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var member = await world.MemberAsync(owner);
        var actorId = actor switch
        {
            Actor.Guest => TestKeys.New("v"),
            Actor.Visitor => (await world.RegisterAsync()).VisitorId,
            Actor.OtherBoothOwner => (await world.OwnerAsync(world.OtherBooth)).VisitorId,
            _ => member.VisitorId,
        };
        var staffBefore = await world.Staff.GetStaffAsync(owner.VisitorId);
        var profileBefore = await world.Booth.GetProfileAsync();

        var refused = await Assert.ThrowsAsync<ExpoException>(() => operation switch
        {
            Operation.EditProfile => world.Staff.UpdateProfileAsync(actorId, "op", Staffing.Edit()),
            Operation.InviteOwner => world.Staff.CreateInvitationAsync(actorId, "op", StaffRoles.Owner, TimeSpan.FromDays(1)),
            Operation.InviteMember => world.Staff.CreateInvitationAsync(actorId, "op", StaffRoles.Member, TimeSpan.FromDays(1)),
            Operation.RemoveMember => world.Staff.RemoveStaffAsync(actorId, "op", member.VisitorId),
            Operation.RemoveOwner => world.Staff.RemoveStaffAsync(actorId, "op", owner.VisitorId),
            _ => world.Staff.GetStaffAsync(actorId),
        });

        Assert.Equal(ExpoErrors.Forbidden, refused.Code);
        Assert.Equal(staffBefore, await world.Staff.GetStaffAsync(owner.VisitorId));
        Assert.Equivalent(profileBefore, await world.Booth.GetProfileAsync(), strict: true);
        Assert.Equal(
            [new BoothRole(world.BoothId, StaffRoles.Member)],
            (await fixture.Client.GetGrain<IVisitorGrain>(member.VisitorId).GetAccountAsync())!.Booths);
    }

    [Fact]
    public async Task AnOrganiserRemovesAnOwnerButMayNotEditTheProfile()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();

        var refused = await Assert.ThrowsAsync<ExpoException>(() => world.Staff.UpdateProfileAsync(world.Organiser.VisitorId, "op", Staffing.Edit()));
        await world.Staff.RemoveStaffAsync(world.Organiser.VisitorId, "op-remove", owner.VisitorId);

        Assert.Equal(ExpoErrors.Forbidden, refused.Code);
        Assert.Empty(await world.Staff.GetStaffAsync(world.Organiser.VisitorId));
    }
}
