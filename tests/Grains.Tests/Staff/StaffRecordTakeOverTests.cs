using Expo.Grains.Booths;
using Expo.Grains.Booths.Staff;
using Expo.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Expo.Grains.Tests.Staff;

/// <summary>
/// Booths stored before the staff grain existed hold their staff state as the booth grain's own "staff" record; an
/// upgraded cluster keeps their staff, invitations, edited profile and cap, and takes the record over only once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StaffRecordTakeOverTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ABoothStoredTheOldWayKeepsItsStaffInvitationsEditedProfileAndCap()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.RegisterAsync("Owner");
        var seeded = (await world.Booth.GetProfileAsync())!;
        var edited = seeded with { Name = new LocalizedText("Edited before the upgrade", "升级前编辑") };
        var since = fixture.Time.GetUtcNow();
        var stored = new BoothStaffState
        {
            Staff = { [owner.VisitorId] = new BoothStaffMember(owner.VisitorId, "Owner", StaffRoles.Owner, since) },
            Invitations = { ["00112233445566778899aabbccddeeff"] = new StoredInvitation { Role = StaffRoles.Member, ExpiresAt = since.AddDays(3), CreatedBy = owner.VisitorId } },
            EditedProfile = edited,
            Capacity = 7,
        };
        await WriteBoothRecordAsync(world, stored);
        await fixture.Cluster.DeactivateAsync(world.Staff);
        await fixture.Cluster.DeactivateAsync(world.Booth);

        await AssertKeptAsync();

        // Taken over once: what the booth's old record says from now on changes nothing.
        await WriteBoothRecordAsync(world, new BoothStaffState());
        await fixture.Cluster.DeactivateAsync(world.Staff);
        await fixture.Cluster.DeactivateAsync(world.Booth);
        await AssertKeptAsync();

        async Task AssertKeptAsync()
        {
            Assert.Equal([owner.VisitorId], (await world.Staff.GetStaffAsync(world.Organiser.VisitorId)).Select(s => s.VisitorId));
            Assert.Equal(StaffRoles.Owner, await world.Staff.GetStaffRoleAsync(owner.VisitorId));
            Assert.Equal(StaffRoles.Member, (await world.Staff.CheckInvitationAsync("00112233445566778899aabbccddeeff")).Role);
            Assert.Equal("Edited before the upgrade", (await world.Booth.GetProfileAsync())!.Name.En);
            Assert.Equal(7, (await world.Booth.GetCapacityAsync()).Capacity);
            Assert.Equal([owner.VisitorId], (await world.Staff.GetNegotiationPartyAsync()).Signatories);
        }
    }

    /// <summary>Writes the record as the booth grain stored it: its own "staff" state, under its own grain id.</summary>
    private Task WriteBoothRecordAsync(Staffing world, BoothStaffState stored)
    {
        var storage = fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(ExpoStorage.Booths);
        var record = new GrainState<BoothStaffState>(stored);
        return WriteOverAsync(storage, world.Booth.GetGrainId(), record);
    }

    private static async Task WriteOverAsync(IGrainStorage storage, GrainId boothId, GrainState<BoothStaffState> record)
    {
        // Memory storage checks the ETag like blob storage does: write over whatever is there.
        var current = new GrainState<BoothStaffState>(new BoothStaffState());
        await storage.ReadStateAsync(BoothStaffGrain.BoothRecordName, boothId, current);
        record.ETag = current.ETag;
        await storage.WriteStateAsync(BoothStaffGrain.BoothRecordName, boothId, record);
    }
}
