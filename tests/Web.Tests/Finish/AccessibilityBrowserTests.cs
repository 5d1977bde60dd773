using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Finish;

/// <summary>axe-core on every page of the expo, in English and in Chinese, at desktop size.</summary>
[Collection(PageTourCollection.Name)]
public sealed class AccessibilityBrowserTests(ExpoClusterFixture cluster, PageTour tour) : IClassFixture<PageTour>
{
    [Fact]
    public async Task EveryPageInBothLanguagesHasNoSeriousOrCriticalWcagViolation()
    {
        await tour.StartAsync(cluster);
        var visits = await tour.VisitEveryPageAsync();

        var failures = visits.SelectMany(v => v.Violations.Select(x => $"{v.Page.Name} [{v.Language}]: {x}")).ToList();
        TestContext.Current.SendDiagnosticMessage($"axe: {visits.Count} page visits, {failures.Count} serious or critical violations");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task NoPageShowsARawKeyOrAnInterfaceWordOfTheOtherLanguage()
    {
        await tour.StartAsync(cluster);
        var visits = await tour.VisitEveryPageAsync();
        var check = new LanguageCheck(tour.PeoplesContent);

        var failures = visits.SelectMany(v => check.Problems(v.Language, v.Texts).Select(p => $"{v.Page.Name} [{v.Language}]: {p}")).ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
