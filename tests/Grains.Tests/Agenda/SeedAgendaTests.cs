using Expo.Grains.Tests.Catalogue;
using Expo.Silo.Seeding;

namespace Expo.Grains.Tests.Agenda;

/// <summary>The demo agenda holds the sessions of the source article, with the speakers it names, at sample times on the expo's first day.</summary>
public sealed class SeedAgendaTests
{
    private static string PathOfSeed => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(DemoCatalogue.Path)!, "demo-agenda.json");

    [Fact]
    public async Task TheDemoAgendaHasTheArticlesCeremoniesInOrderOnTheMainStage()
    {
        var sessions = await SeedAgenda.LoadAsync(PathOfSeed, new DateOnly(2023, 11, 17), TestContext.Current.CancellationToken);

        Assert.Equal(
            ["opening-ceremony", "friendship-city-signing", "alliance-launch", "enterprise-signings", "friendship-cities-symposium"],
            sessions.Select(s => s.Id));
        Assert.All(sessions, s => Assert.Equal(AgendaRules.MainStage, s.Place));
        Assert.All(sessions, s => Assert.True(s.Sample));
        Assert.Equal(sessions.OrderBy(s => s.StartsAt).Select(s => s.Id), sessions.Select(s => s.Id));
    }

    [Fact]
    public async Task TheSessionsStartAtBeijingTimeOnTheFirstDay()
    {
        var sessions = await SeedAgenda.LoadAsync(PathOfSeed, new DateOnly(2023, 11, 17), TestContext.Current.CancellationToken);

        // 09:30 in Beijing is 01:30 UTC.
        Assert.Equal(new DateTimeOffset(2023, 11, 17, 1, 30, 0, TimeSpan.Zero), sessions[0].StartsAt);
        Assert.Equal(new DateOnly(2023, 11, 18), SeedAgenda.FirstDayAt(new DateTimeOffset(2023, 11, 17, 16, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task ADemoSeededAfterTheDaysLastSessionStartsTheNextDay()
    {
        // 08:00 and 18:00 in Beijing; the day's last session ends at 17:00.
        var morning = await SeedAgenda.LoadUpcomingAsync(PathOfSeed, new DateTimeOffset(2023, 11, 17, 0, 0, 0, TimeSpan.Zero), TestContext.Current.CancellationToken);
        var evening = await SeedAgenda.LoadUpcomingAsync(PathOfSeed, new DateTimeOffset(2023, 11, 17, 10, 0, 0, TimeSpan.Zero), TestContext.Current.CancellationToken);

        Assert.Equal(new DateTimeOffset(2023, 11, 17, 1, 30, 0, TimeSpan.Zero), morning[0].StartsAt);
        Assert.Equal(new DateTimeOffset(2023, 11, 18, 1, 30, 0, TimeSpan.Zero), evening[0].StartsAt);
    }

    [Fact]
    public async Task TheSpeakersAreThoseTheArticleNames()
    {
        var sessions = await SeedAgenda.LoadAsync(PathOfSeed, new DateOnly(2023, 11, 17), TestContext.Current.CancellationToken);

        var opening = sessions.Single(s => s.Id == "opening-ceremony");
        Assert.Equal(["Huang Huican", "Wang Kesi"], opening.Speakers.Select(s => s.Name));
        Assert.Equal("Secretary of the Licheng District Party Committee", opening.Speakers[0].Role!.En);
        Assert.All(opening.Speakers, s => Assert.Equal(new LocalizedText("Licheng District, Quanzhou", "泉州市鲤城区"), s.OrganisationName));
        var symposium = sessions.Single(s => s.Id == "friendship-cities-symposium");
        Assert.Contains(symposium.Speakers, s => s.Name.StartsWith("Li Jiping", StringComparison.Ordinal));
        Assert.Contains(symposium.Speakers, s => s.Name.StartsWith("Zhenghe Cultural Center in Malacca", StringComparison.Ordinal));
        Assert.All(sessions.SelectMany(s => s.Speakers), s => Assert.Null(s.AccountId));
    }
}
