using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Agenda;

/// <summary>
/// The visitor's plan: sessions added and removed once per operation, and a reminder of each planned session sent
/// once, the lead time before it starts, by a durable reminder that ticks every second in the test silo.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PlanTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Lead = new AgendaReminderOptions().ReminderLead;

    [Fact]
    public async Task AVisitorAddsAndRemovesSessionsAndARetryChangesNothing()
    {
        var (expo, agenda) = await AgendaAsync();
        var first = await agenda.CreateAsync(expo.Organiser.VisitorId, "op-1", Sessions.Draft(fixture.Time.GetUtcNow().AddDays(1)));
        var second = await agenda.CreateAsync(expo.Organiser.VisitorId, "op-2", Sessions.Draft(fixture.Time.GetUtcNow().AddDays(2)));
        var visitor = fixture.Client.GetGrain<IVisitorGrain>(TestKeys.New("v"));

        await visitor.SetPlannedAsync("p-1", expo.ExpoId, first.Id, true);
        await visitor.SetPlannedAsync("p-2", expo.ExpoId, second.Id, true);
        await visitor.SetPlannedAsync("p-3", expo.ExpoId, first.Id, false);
        var retried = await visitor.SetPlannedAsync("p-3", expo.ExpoId, first.Id, false);
        var replayed = await visitor.SetPlannedAsync("p-1", expo.ExpoId, first.Id, true);
        await fixture.Cluster.DeactivateAsync(visitor);

        Assert.Equal([second.Id], retried);
        Assert.Equal([second.Id], replayed);
        Assert.Equal([second.Id], await visitor.GetPlanAsync());
    }

    [Fact]
    public async Task AnUnknownOrCancelledSessionCannotBePlanned()
    {
        var (expo, agenda) = await AgendaAsync();
        var session = await agenda.CreateAsync(expo.Organiser.VisitorId, "op-1", Sessions.Draft(fixture.Time.GetUtcNow().AddDays(1)));
        await agenda.CancelAsync(expo.Organiser.VisitorId, "op-2", session.Id);
        var visitor = fixture.Client.GetGrain<IVisitorGrain>(TestKeys.New("v"));

        var unknown = await Assert.ThrowsAsync<ExpoException>(() => visitor.SetPlannedAsync("p-1", expo.ExpoId, "no-such-session", true));
        var cancelled = await Assert.ThrowsAsync<ExpoException>(() => visitor.SetPlannedAsync("p-2", expo.ExpoId, session.Id, true));

        Assert.Equal((ExpoErrors.NotFound, ExpoErrors.Conflict), (unknown.Code, cancelled.Code));
        Assert.Empty(await visitor.GetPlanAsync());
    }

    [Fact]
    public async Task APlannedSessionIsRemindedOnceTheLeadTimeBeforeItStarts()
    {
        var (expo, agenda) = await AgendaAsync();
        var now = fixture.Time.GetUtcNow();
        var soon = await agenda.CreateAsync(expo.Organiser.VisitorId, "op-1", Sessions.Draft(now.AddHours(1)));
        var later = await agenda.CreateAsync(expo.Organiser.VisitorId, "op-2", Sessions.Draft(now.AddHours(5)));
        var visitorId = TestKeys.New("v");
        var visitor = fixture.Client.GetGrain<IVisitorGrain>(visitorId);
        var node = new ReminderListener(fixture.Client);
        await RenewAsync(expo.ExpoId, node);
        await visitor.SetPlannedAsync("p-1", expo.ExpoId, soon.Id, true);
        await visitor.SetPlannedAsync("p-2", expo.ExpoId, later.Id, true);

        fixture.Time.Advance(TimeSpan.FromHours(1) - Lead);
        await RenewAsync(expo.ExpoId, node);
        var first = await node.NextAsync();

        Assert.Equal((visitorId, soon.Id, soon.StartsAt), (first.VisitorId, first.SessionId, first.StartsAt));
        Assert.Equal("Signing ceremony", first.Title.En);

        // Ticks go on while the later session waits; the next reminder is the later session's, not the first again.
        fixture.Time.Advance(TimeSpan.FromHours(4));
        await RenewAsync(expo.ExpoId, node);
        var second = await node.NextAsync();
        Assert.Equal(later.Id, second.SessionId);
        GC.KeepAlive(node);
    }

    [Fact]
    public async Task TheReminderSurvivesDeactivation()
    {
        var (expo, agenda) = await AgendaAsync();
        var session = await agenda.CreateAsync(expo.Organiser.VisitorId, "op-1", Sessions.Draft(fixture.Time.GetUtcNow().AddDays(3)));
        var visitor = fixture.Client.GetGrain<IVisitorGrain>(TestKeys.New("v"));
        await visitor.SetPlannedAsync("p-1", expo.ExpoId, session.Id, true);
        await fixture.Cluster.DeactivateAsync(visitor);

        var node = new ReminderListener(fixture.Client);
        fixture.Time.Advance(TimeSpan.FromDays(3) - Lead);
        await RenewAsync(expo.ExpoId, node);

        Assert.Equal(session.Id, (await node.NextAsync()).SessionId);
        GC.KeepAlive(node);
    }

    /// <summary>
    /// As a Web node's renewal round does: its subscription to the expo's reminder relay lapses after the lease on the
    /// expo clock, which the test moved on by hours.
    /// </summary>
    private Task RenewAsync(string expoId, ReminderListener node) =>
        fixture.Client.GetGrain<IReminderRelayGrain>(expoId).SubscribeAsync(node.NodeId, node.Reference);

    private async Task<(Staffing Expo, IAgendaGrain Agenda)> AgendaAsync()
    {
        var expo = await Staffing.CreateAsync(fixture);
        return (expo, fixture.Client.GetGrain<IAgendaGrain>(expo.ExpoId));
    }
}
