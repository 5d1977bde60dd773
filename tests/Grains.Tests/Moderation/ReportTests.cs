using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Moderation;

/// <summary>Visitors report lines and people; moderators of the booth see them and resolve them, and the audit says how.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReportTests(ClusterFixture fixture)
{
    [Fact]
    public async Task EachReporterCountsOnceAndTheBoothsStaffSeeTheReport()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var ada = TestKeys.Visitor();
        var line = await world.Booth.SendChatAsync(ada, "m-1", "buy cheap watches");
        var bob = TestKeys.Visitor("Bob");
        var eve = TestKeys.Visitor("Eve");
        var moderation = Moderation(world);
        var request = new ReportRequest(world.BoothId, line.Sequence, null, "spam", "Advertising");

        var first = await moderation.ReportAsync(bob, "op-1", request);
        await moderation.ReportAsync(bob, "op-2", request with { Category = "fraud" });
        var second = await moderation.ReportAsync(eve, "op-1", request);

        Assert.Equal(first.Id, second.Id);
        var report = Assert.Single(await moderation.GetReportsAsync(owner.VisitorId, world.BoothId, openOnly: true));
        Assert.Equal([bob.VisitorId, eve.VisitorId], report.Entries.Select(e => e.ReporterId));
        Assert.Equal(ada.VisitorId, report.TargetId);
        Assert.Equal("buy cheap watches", report.Excerpt);
        Assert.Contains(report.Id, (await moderation.GetReportsAsync(world.Organiser.VisitorId, null, openOnly: true)).Select(r => r.Id));
        Assert.Empty(await moderation.GetReportsAsync(world.Organiser.VisitorId, world.OtherBoothId, openOnly: true));
    }

    [Fact]
    public async Task ActingOnAReportResolvesItAndLinksTheAction()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var ada = TestKeys.Visitor();
        var line = await world.Booth.SendChatAsync(ada, "m-1", "rude words");
        var moderation = Moderation(world);
        var report = await moderation.ReportAsync(TestKeys.Visitor("Bob"), "op-1", new ReportRequest(world.BoothId, line.Sequence, null, "abuse", null));

        var entry = await moderation.RemoveMessageAsync(owner.VisitorId, "op-2", world.BoothId, line.Sequence, "Abusive", report.Id);

        Assert.Empty(await moderation.GetReportsAsync(owner.VisitorId, world.BoothId, openOnly: true));
        var resolved = Assert.Single(await moderation.GetReportsAsync(owner.VisitorId, world.BoothId, openOnly: false));
        Assert.Equal((ModerationRules.ReportStatus.Actioned, entry.Id, owner.VisitorId), (resolved.Status, resolved.ActionId, resolved.ResolvedBy));
        Assert.Equal(report.Id, entry.ReportId);
    }

    [Fact]
    public async Task DismissingAReportIsAuditedAndAReportAfterwardsOpensANewOne()
    {
        var world = await Staffing.CreateAsync(fixture);
        var ada = TestKeys.Visitor();
        await fixture.Client.GetGrain<IVisitorGrain>(ada.VisitorId).RegisterGuestAsync(ada.DisplayName, "en");
        var moderation = Moderation(world);
        var request = new ReportRequest(world.BoothId, null, ada.VisitorId, "harassment", "Follows me around");
        var report = await moderation.ReportAsync(TestKeys.Visitor("Bob"), "op-1", request);

        var dismissed = await moderation.DismissReportAsync(world.Organiser.VisitorId, "op-2", report.Id, "Nothing found");
        var again = await moderation.DismissReportAsync(world.Organiser.VisitorId, "op-2", report.Id, "Nothing found");
        var fresh = await moderation.ReportAsync(TestKeys.Visitor("Eve"), "op-1", request);

        Assert.Equal(ModerationRules.ReportStatus.Dismissed, dismissed.Status);
        Assert.Equivalent(dismissed, again, strict: true);
        Assert.NotEqual(report.Id, fresh.Id);
        var audit = await moderation.GetAuditAsync(world.Organiser.VisitorId, 0, 10);
        var entry = Assert.Single(audit.Entries);
        Assert.Equal((ModerationRules.Actions.DismissReport, "Nothing found", "Organiser", report.Id), (entry.Action, entry.Reason, entry.ActorName, entry.ReportId));
        Assert.Equal(ExpoErrors.Conflict, (await Assert.ThrowsAsync<ExpoException>(
            () => moderation.DismissReportAsync(world.Organiser.VisitorId, "op-3", report.Id, "Again"))).Code);
    }

    [Fact]
    public async Task AReportNeedsOneThingToReportAndAKnownCategory()
    {
        var world = await Staffing.CreateAsync(fixture);
        var moderation = Moderation(world);
        var bob = TestKeys.Visitor("Bob");

        foreach (var request in new[]
        {
            new ReportRequest(world.BoothId, null, null, "spam", null),
            new ReportRequest(world.BoothId, 1, "someone", "spam", null),
            new ReportRequest(world.BoothId, null, TestKeys.New("v"), "weather", null),
            new ReportRequest(world.BoothId, null, bob.VisitorId, "spam", null),
        })
        {
            Assert.Equal(ExpoErrors.InvalidInput, (await Assert.ThrowsAsync<ExpoException>(() => moderation.ReportAsync(bob, "op", request))).Code);
        }

        Assert.Equal(ExpoErrors.NotFound, (await Assert.ThrowsAsync<ExpoException>(
            () => moderation.ReportAsync(bob, "op", new ReportRequest(world.BoothId, 7, null, "spam", null)))).Code);
        Assert.Empty(await moderation.GetReportsAsync(world.Organiser.VisitorId, null, openOnly: false));
    }

    [Fact]
    public async Task TheAuditReadsNewestFirstAPageAtATime()
    {
        var world = await Staffing.CreateAsync(fixture);
        var moderation = Moderation(world);
        var sanctions = new List<Sanction>();
        for (var i = 0; i < 5; i++)
        {
            fixture.Time.Advance(TimeSpan.FromSeconds(1));
            sanctions.Add(await moderation.SanctionAsync(world.Organiser.VisitorId, $"op-{i}",
                new SanctionRequest(ModerationRules.Mute, TestKeys.New("v"), "Someone", world.BoothId, null, $"reason {i}")));
        }

        var first = await moderation.GetAuditAsync(world.Organiser.VisitorId, 0, 2);
        var last = await moderation.GetAuditAsync(world.Organiser.VisitorId, 4, 2);

        Assert.Equal(5, first.Total);
        Assert.Equal(["reason 4", "reason 3"], first.Entries.Select(e => e.Reason));
        Assert.Equal(["reason 0"], last.Entries.Select(e => e.Reason));
        Assert.Equal(sanctions[0].Id, last.Entries[0].SanctionId);
    }

    [Fact]
    public async Task EveryAuditEntryIsKeptInSealedPagesAndReadsNewestFirstAfterARestart()
    {
        var world = await Staffing.CreateAsync(fixture);
        var moderation = Moderation(world);
        const int Count = 4 * ClusterFixture.AuditPageSize + 7;
        for (var i = 0; i < Count; i++)
        {
            await moderation.SanctionAsync(world.Organiser.VisitorId, $"op-{i}",
                new SanctionRequest(ModerationRules.Mute, "v-target", "Target", world.BoothId, null, $"reason {i}"));
        }

        await fixture.Cluster.DeactivateAsync(moderation);
        var reasons = new List<string>();
        AuditPage page;
        do
        {
            page = await moderation.GetAuditAsync(world.Organiser.VisitorId, reasons.Count, 7);
            Assert.Equal(Count, page.Total);
            reasons.AddRange(page.Entries.Select(e => e.Reason));
        }
        while (page.Entries.Count > 0);

        Assert.Equal(Enumerable.Range(0, Count).Reverse().Select(i => $"reason {i}"), reasons);
    }

    private IModerationGrain Moderation(Staffing world) => fixture.Client.GetGrain<IModerationGrain>(world.ExpoId);
}
