using Expo.Grains.Moderation;
using Expo.Grains.Tests.Infrastructure;
using Newtonsoft.Json;

namespace Expo.Grains.Tests.Moderation;

/// <summary>Reports cannot grow the moderation state without bound: quotas, known targets, and sealed pages of resolved reports.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReportBoundsTests(ClusterFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task ReportsAgainstPeopleTheExpoDoesNotKnowAreRefused()
    {
        var world = await Staffing.CreateAsync(fixture);
        var bob = await GuestAsync("Bob");

        var refused = await Assert.ThrowsAsync<ExpoException>(() => Moderation(world).ReportAsync(
            bob, "op-1", new ReportRequest(world.BoothId, null, TestKeys.New("v"), "spam", null)));

        Assert.Equal(ExpoErrors.NotFound, refused.Code);
        Assert.Empty(await Moderation(world).GetReportsAsync(world.Organiser.VisitorId, null, openOnly: false));
    }

    [Fact]
    public async Task EachReporterHasAQuotaOfOpenReportsThatResolvingFreesAgain()
    {
        var world = await Staffing.CreateAsync(fixture);
        var bob = await GuestAsync("Bob");
        var moderation = Moderation(world);
        var reports = new List<ModerationReport>();
        for (var i = 0; i < ModerationRules.MaxOpenReportsPerReporter; i++)
        {
            var target = await GuestAsync($"Target {i}");
            reports.Add(await moderation.ReportAsync(bob, $"op-{i}", new ReportRequest(world.BoothId, null, target.VisitorId, "spam", null)));
        }

        var extra = await GuestAsync("One too many");
        var request = new ReportRequest(world.BoothId, null, extra.VisitorId, "spam", null);
        var refused = await Assert.ThrowsAsync<ExpoException>(() => moderation.ReportAsync(bob, "op-extra", request));
        await moderation.DismissReportAsync(world.Organiser.VisitorId, "op-dismiss", reports[0].Id, "Nothing found");
        var accepted = await moderation.ReportAsync(bob, "op-extra-2", request);

        Assert.Equal(ExpoErrors.QuotaExceeded, refused.Code);
        Assert.Equal(ModerationRules.ReportStatus.Open, accepted.Status);
    }

    [Fact]
    public async Task AFloodOfReportsKeepsTheStoredStateBoundedAndEveryResolvedReportReadable()
    {
        var world = await Staffing.CreateAsync(fixture);
        var moderation = Moderation(world);
        var target = await GuestAsync("Target");
        var sizes = new List<int>();
        var resolved = new List<string>();
        for (var round = 0; round < 8; round++)
        {
            // Reporters fill the expo's cap on open reports, one line each; past it, new reports are refused.
            var open = new List<ModerationReport>();
            for (var i = 0; i < ClusterFixture.MaxOpenReports; i++)
            {
                var reporter = TestKeys.Visitor($"Reporter {i}");
                var line = await world.Booth.SendChatAsync(target, TestKeys.New("m"), $"spam {round}/{i}");
                open.Add(await moderation.ReportAsync(reporter, "op-1", new ReportRequest(world.BoothId, line.Sequence, null, "spam", null)));
            }

            var overflow = await world.Booth.SendChatAsync(target, TestKeys.New("m"), "one more");
            Assert.Equal(ExpoErrors.QuotaExceeded, (await Assert.ThrowsAsync<ExpoException>(() => moderation.ReportAsync(
                TestKeys.Visitor("Late"), "op-1", new ReportRequest(world.BoothId, overflow.Sequence, null, "spam", null)))).Code);
            foreach (var report in open)
            {
                await moderation.DismissReportAsync(world.Organiser.VisitorId, TestKeys.New("op"), report.Id, "Handled");
                resolved.Add(report.Id);
            }

            sizes.Add(StoredBytes(world));
        }

        output.WriteLine($"Stored moderation state after each round of {ClusterFixture.MaxOpenReports} reports, without operation ids: {string.Join(", ", sizes)} bytes");

        // After the first rounds the stored state stops growing: resolved reports and audit entries live in sealed pages,
        // and reporters leave no operation ids behind (the moderators' own are kept up to a fixed number).
        Assert.True(sizes[^1] <= sizes[1] * 1.2, $"stored moderation state by round, without operation ids: {string.Join(", ", sizes)} bytes");
        var state = Stored(world);
        Assert.True(state.Resolved.Count < 2 * ClusterFixture.ReportPageSize);
        Assert.True(state.Audit.Count < 2 * ClusterFixture.AuditPageSize);
        Assert.Empty(state.Reports);
        Assert.Equal(resolved.Count, state.Operations.Count);

        await fixture.Cluster.DeactivateAsync(moderation);
        var read = new List<string>();
        ReportPage page;
        do
        {
            page = await moderation.GetResolvedReportsAsync(world.Organiser.VisitorId, read.Count, 25);
            Assert.Equal(resolved.Count, page.Total);
            read.AddRange(page.Reports.Select(r => r.Id));
        }
        while (page.Reports.Count > 0);

        Assert.Equal(Enumerable.Reverse(resolved), read);
    }

    private static ModerationState Stored(Staffing world) => (ModerationState)FaultyGrainStorage.LastWritten[$"moderation/{world.ExpoId}"]!;

    private static int StoredBytes(Staffing world)
    {
        var state = Stored(world).Copy();
        state.Operations.Clear();
        state.OperationOrder.Clear();
        return JsonConvert.SerializeObject(state).Length;
    }

    private async Task<VisitorRef> GuestAsync(string name)
    {
        var guest = TestKeys.Visitor(name);
        await fixture.Client.GetGrain<IVisitorGrain>(guest.VisitorId).RegisterGuestAsync(name, "en");
        return guest;
    }

    private IModerationGrain Moderation(Staffing world) => fixture.Client.GetGrain<IModerationGrain>(world.ExpoId);
}
