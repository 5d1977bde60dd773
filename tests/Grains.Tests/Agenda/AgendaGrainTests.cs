using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Agenda;

/// <summary>Organisers keep the agenda: sessions are validated, retried commands apply once, and nobody else may edit.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AgendaGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AnOrganiserCreatesEditsAndCancelsASessionAndTheAgendaListsItByStartTime()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var agenda = fixture.Client.GetGrain<IAgendaGrain>(expo.ExpoId);
        var organiser = expo.Organiser.VisitorId;
        var now = fixture.Time.GetUtcNow();
        var pavilion = (await expo.Expo.GetAsync())!.Pavilions[0].Id;

        var late = await agenda.CreateAsync(organiser, "op-1", Sessions.Draft(now.AddHours(3)));
        var early = await agenda.CreateAsync(organiser, "op-2", Sessions.Draft(now.AddHours(1), pavilion, null, Sessions.Speaker()));
        var moved = await agenda.UpdateAsync(organiser, "op-3", late.Id, Sessions.Draft(now.AddHours(2)) with { Place = pavilion });
        var cancelled = await agenda.CancelAsync(organiser, "op-4", early.Id);
        await fixture.Cluster.DeactivateAsync(agenda);

        var view = await agenda.GetAsync();
        Assert.Equal(4, view.Version);
        Assert.Equal(AgendaRules.ExpoTimeZone, view.TimeZone);
        Assert.Equal([(early.Id, true, now.AddHours(1)), (late.Id, false, now.AddHours(2))], view.Sessions.Select(s => (s.Id, s.Cancelled, s.StartsAt)));
        Assert.Equal(pavilion, moved.Place);
        Assert.True(cancelled.Cancelled);
        Assert.Equal("Huang Huican", Assert.Single(view.Sessions[0].Speakers).Name);
        Assert.True(ExpoRules.IsSlug(early.Id));
    }

    [Fact]
    public async Task ARetriedCreateReturnsTheFirstSessionAndAddsNoOther()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var agenda = fixture.Client.GetGrain<IAgendaGrain>(expo.ExpoId);
        var draft = Sessions.Draft(fixture.Time.GetUtcNow().AddHours(1));

        var first = await agenda.CreateAsync(expo.Organiser.VisitorId, "op-1", draft);
        var retried = await agenda.CreateAsync(expo.Organiser.VisitorId, "op-1", draft);

        Assert.Equal(first, retried, new SessionComparer());
        Assert.Single((await agenda.GetAsync()).Sessions);
    }

    public static TheoryData<string> BadDrafts => ["ends-before-start", "too-long", "http-link", "javascript-link", "no-english", "unknown-place", "bad-place"];

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public async Task ABadSessionIsRefusedAndChangesNothing(string bad)
    {
        var expo = await Staffing.CreateAsync(fixture);
        var agenda = fixture.Client.GetGrain<IAgendaGrain>(expo.ExpoId);
        var start = fixture.Time.GetUtcNow().AddHours(1);
        var good = Sessions.Draft(start);
        var draft = bad switch
        {
            "ends-before-start" => good with { EndsAt = start.AddMinutes(-1) },
            "too-long" => good with { EndsAt = start.AddHours(13) },
            "http-link" => good with { StreamUrl = "http://video.example.com/live" },
            "javascript-link" => good with { StreamUrl = "javascript:alert(1)" },
            "no-english" => good with { Title = new LocalizedText(" ", "签约仪式") },
            "unknown-place" => good with { Place = "no-such-pavilion" },
            _ => good with { Place = "Main Stage!" },
        };

        var refused = await Assert.ThrowsAsync<ExpoException>(() => agenda.CreateAsync(expo.Organiser.VisitorId, "op-1", draft));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        Assert.Equal(0, (await agenda.GetAsync()).Version);
    }

    [Fact]
    public async Task AVisitorWhoIsNotAnOrganiserCannotEditTheAgenda()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var agenda = fixture.Client.GetGrain<IAgendaGrain>(expo.ExpoId);
        var visitor = await expo.RegisterAsync();

        var refused = await Assert.ThrowsAsync<ExpoException>(
            () => agenda.CreateAsync(visitor.VisitorId, "op-1", Sessions.Draft(fixture.Time.GetUtcNow().AddHours(1))));

        Assert.Equal(ExpoErrors.Forbidden, refused.Code);
        Assert.Empty((await agenda.GetAsync()).Sessions);
    }

    [Fact]
    public async Task ACancelledSessionCannotBeEditedAndTheSeedNeverOverwritesAnEditedAgenda()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var agenda = fixture.Client.GetGrain<IAgendaGrain>(expo.ExpoId);
        var session = await agenda.CreateAsync(expo.Organiser.VisitorId, "op-1", Sessions.Draft(fixture.Time.GetUtcNow().AddHours(1)));
        await agenda.CancelAsync(expo.Organiser.VisitorId, "op-2", session.Id);

        var refused = await Assert.ThrowsAsync<ExpoException>(
            () => agenda.UpdateAsync(expo.Organiser.VisitorId, "op-3", session.Id, Sessions.Draft(fixture.Time.GetUtcNow().AddHours(2))));
        await agenda.SeedAsync([session with { Id = "seeded", Cancelled = false }]);

        Assert.Equal(ExpoErrors.Conflict, refused.Code);
        Assert.Equal([session.Id], (await agenda.GetAsync()).Sessions.Select(s => s.Id));
    }

    /// <summary>Records with lists compare by reference; sessions that came over the wire compare by their values.</summary>
    private sealed class SessionComparer : IEqualityComparer<AgendaSession>
    {
        public bool Equals(AgendaSession? x, AgendaSession? y) =>
            x is not null && y is not null && x.Id == y.Id && x.StartsAt == y.StartsAt && x.Title == y.Title && x.Speakers.SequenceEqual(y.Speakers);

        public int GetHashCode(AgendaSession obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
