using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Capacity;

/// <summary>Who may cap a booth, which caps it takes, and that the cap is applied once and kept.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CapacityTests(ClusterFixture fixture)
{
    [Fact]
    public async Task TheBoothsStaffAndOrganisersSetTheCapAndAVisitorCannot()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var member = await world.MemberAsync(owner);
        var visitor = await world.RegisterAsync("Amina");

        Assert.Equal(5, (await world.Staff.SetCapacityAsync(owner.VisitorId, TestKeys.New("op"), 5)).Capacity);
        Assert.Equal(4, (await world.Staff.SetCapacityAsync(member.VisitorId, TestKeys.New("op"), 4)).Capacity);
        Assert.Equal(3, (await world.Staff.SetCapacityAsync(world.Organiser.VisitorId, TestKeys.New("op"), 3)).Capacity);

        var refused = await Assert.ThrowsAsync<ExpoException>(() => world.Staff.SetCapacityAsync(visitor.VisitorId, TestKeys.New("op"), 50));
        Assert.Equal(ExpoErrors.Forbidden, refused.Code);
        var otherOwner = await world.OwnerAsync(world.OtherBooth);
        refused = await Assert.ThrowsAsync<ExpoException>(() => world.Staff.SetCapacityAsync(otherOwner.VisitorId, TestKeys.New("op"), 50));
        Assert.Equal(ExpoErrors.Forbidden, refused.Code);
        Assert.Equal(3, (await world.Booth.GetCapacityAsync()).Capacity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(CapacityRules.Max + 1)]
    public async Task ACapOutsideTheBoundsIsRefusedAndChangesNothing(int capacity)
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        await world.Staff.SetCapacityAsync(owner.VisitorId, TestKeys.New("op"), 10);

        var refused = await Assert.ThrowsAsync<ExpoException>(() => world.Staff.SetCapacityAsync(owner.VisitorId, TestKeys.New("op"), capacity));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        Assert.Equal(10, (await world.Booth.GetCapacityAsync()).Capacity);
    }

    [Fact]
    public async Task ARepeatedOperationIdIsAppliedOnce()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var first = TestKeys.New("op");
        await world.Staff.SetCapacityAsync(owner.VisitorId, first, 5);
        await world.Staff.SetCapacityAsync(owner.VisitorId, TestKeys.New("op"), 3);

        var retried = await world.Staff.SetCapacityAsync(owner.VisitorId, first, 5);

        Assert.Equal(3, retried.Capacity);
        Assert.Equal(3, (await world.Booth.GetCapacityAsync()).Capacity);
    }

    [Fact]
    public async Task TheCapSurvivesARestartAndClearingItIsKeptToo()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        await world.Staff.SetCapacityAsync(owner.VisitorId, TestKeys.New("op"), 7);
        await world.OtherStaff.SetCapacityAsync(world.Organiser.VisitorId, TestKeys.New("op"), 2);
        await world.OtherStaff.SetCapacityAsync(world.Organiser.VisitorId, TestKeys.New("op"), null);

        await fixture.Cluster.DeactivateAsync(world.Booth);
        await fixture.Cluster.DeactivateAsync(world.OtherBooth);

        Assert.Equal(7, (await world.Booth.GetCapacityAsync()).Capacity);
        Assert.Null((await world.OtherBooth.GetCapacityAsync()).Capacity);
    }

    [Fact]
    public async Task StaffAreNeverQueuedAndDoNotCountTowardTheCap()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        await world.Staff.SetCapacityAsync(owner.VisitorId, TestKeys.New("op"), 1);
        var ada = TestKeys.Visitor("Ada");
        await world.Booth.EnterAsync("c-ada", ada);

        var staffEntry = await world.Booth.EnterAsync("c-owner", new VisitorRef(owner.VisitorId, "Owner"));

        Assert.Null(staffEntry.QueuePosition);
        Assert.Equal((2, 1), (staffEntry.Count, staffEntry.Occupancy));
        Assert.Equal(1, (await world.Booth.EnterAsync("c-bo", TestKeys.Visitor("Bo"))).QueuePosition);
    }
}
