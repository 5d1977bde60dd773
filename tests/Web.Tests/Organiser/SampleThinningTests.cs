using Expo.Grains.Models;
using Expo.Web.Reports;

namespace Expo.Web.Tests.Organiser;

/// <summary>A long history thinned for a chart keeps each span's peak and every join, leave and chat line.</summary>
public sealed class SampleThinningTests
{
    private static readonly DateTimeOffset Nine = new(2023, 11, 17, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EachSpanKeepsItsBusiestSampleAndTheTotalsOfTheWholeSpan()
    {
        // 60 samples, one every 10 s; the crowd peaks at sample 17 (in the second of three spans) with 90 visitors.
        var samples = Enumerable.Range(0, 60).Select(i => Sample(i, inBooths: i == 17 ? 90 : i % 7, joins: i, leaves: 1, chat: 2 * i)).ToList();

        var thinned = SampleThinning.Thin(samples, 3);

        Assert.Equal(3, thinned.Count);
        Assert.Equal(samples.Sum(s => s.Joins), thinned.Sum(s => s.Joins));
        Assert.Equal(samples.Sum(s => s.Leaves), thinned.Sum(s => s.Leaves));
        Assert.Equal(samples.Sum(s => s.ChatLines), thinned.Sum(s => s.ChatLines));
        Assert.Equal(90, thinned.Max(s => s.InBooths));
        Assert.Equal(samples[17].At, thinned.Single(s => s.InBooths == 90).At);
        Assert.Equal(thinned.OrderBy(s => s.At), thinned);
    }

    [Fact]
    public void AHistoryShorterThanThePointsIsLeftAlone()
    {
        var samples = Enumerable.Range(0, 5).Select(i => Sample(i, i, i, i, i)).ToList();

        Assert.Same(samples, SampleThinning.Thin(samples, 10));
    }

    private static AttendanceSample Sample(int i, int inBooths, long joins, long leaves, long chat) =>
        new(Nine.AddSeconds(10 * i), inBooths, new Dictionary<string, int>(), new Dictionary<string, int>(), joins, leaves, chat, $"s{i}");
}
