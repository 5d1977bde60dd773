using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Staff;

/// <summary>
/// The figures organisers' reports read from a booth over a range: visits by the hour with each visitor counted once
/// over the range, and lead counts without who the leads are; the booth's staff and organisers may read them, no one
/// else.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class BoothReportFiguresTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AVisitorBackInALaterHourIsOneUniqueVisitorOverTheRangeAndAnEarlierRangeCountsNothing()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var analytics = fixture.Client.GetGrain<IBoothAnalyticsGrain>(world.BoothId);
        var ada = TestKeys.Visitor("Ada");
        var start = fixture.Time.GetUtcNow();

        await world.Booth.EnterAsync("c1", ada);
        await Eventually.WaitAsync("the first visit", () => analytics.GetRangeAsync(owner.VisitorId, start, start.AddHours(3)), r => r.Visits == 1);
        await world.Booth.LeaveAsync("c1");
        await Eventually.WaitAsync("the stay", () => analytics.GetRangeAsync(owner.VisitorId, start, start.AddHours(3)), r => r.Stays == 1);
        fixture.Time.Advance(TimeSpan.FromHours(1));
        await world.Booth.EnterAsync("c2", ada);

        var both = await Eventually.WaitAsync(
            "the return an hour later", () => analytics.GetRangeAsync(world.Organiser.VisitorId, start, start.AddHours(3)), r => r.Visits == 2);
        var earlier = await analytics.GetRangeAsync(owner.VisitorId, start.AddDays(-2), start.AddDays(-1));

        Assert.Equal(1, both.UniqueVisitors);
        Assert.Equal(0, earlier.Visits);
        Assert.Equal(ExpoErrors.Forbidden, (await Assert.ThrowsAsync<ExpoException>(() => analytics.GetRangeAsync(ada.VisitorId, start, start.AddHours(3)))).Code);
    }

    [Fact]
    public async Task LeadCountsCountLeadsAndInteractionsInTheRangeForStaffAndOrganisersOnly()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var leads = fixture.Client.GetGrain<IBoothLeadsGrain>(world.BoothId);
        var visitor = await world.RegisterAsync("Chen");
        var who = new VisitorRef(visitor.VisitorId, visitor.DisplayName);
        var start = fixture.Time.GetUtcNow();

        await leads.ShareAsync(who, "op-1", new LeadShare(LeadRules.Contact, true, "en", "Hello", null, null));
        fixture.Time.Advance(TimeSpan.FromMinutes(5));
        await leads.ShareAsync(who, "op-2", new LeadShare(LeadRules.Contact, true, "en", "Again", null, null));
        var later = fixture.Time.GetUtcNow();

        var all = await leads.GetCountsAsync(world.Organiser.VisitorId, start, later.AddMinutes(1));
        var second = await leads.GetCountsAsync(owner.VisitorId, later, later.AddMinutes(1));

        Assert.Equal((1, 1, 2), (all.Leads, all.NewLeads, all.Interactions[LeadRules.Contact]));
        Assert.Equal((1, 0, 1), (second.Leads, second.NewLeads, second.Interactions[LeadRules.Contact]));
        Assert.Equal(ExpoErrors.Forbidden, (await Assert.ThrowsAsync<ExpoException>(() => leads.GetCountsAsync(visitor.VisitorId, start, later))).Code);
    }
}
