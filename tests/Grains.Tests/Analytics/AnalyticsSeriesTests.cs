using Expo.Grains.Analytics;
using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Analytics;

/// <summary>The booth's hourly series, which its chart draws, keeps a bounded number of hours as the expo ages.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AnalyticsSeriesTests(ClusterFixture fixture)
{
    [Fact]
    public async Task TheHourlySeriesKeepsOnlyTheLatestHours()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var analytics = fixture.Client.GetGrain<IBoothAnalyticsGrain>(world.BoothId);
        const int extra = 3;
        var now = fixture.Time.GetUtcNow();
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        for (var n = 0; n < BoothAnalyticsGrain.MaxHours + extra; n++)
        {
            await analytics.RecordChatAsync(1);
            // One-way calls are not ordered: the clock moves on only once the grain has counted this hour.
            var hour = start.AddHours(n);
            while (!(await analytics.GetAsync(owner.VisitorId)).Hours.Any(h => h.Hour == hour))
            {
            }

            fixture.Time.Advance(TimeSpan.FromHours(1));
        }

        var series = (await analytics.GetAsync(owner.VisitorId)).Hours;

        Assert.Equal(BoothAnalyticsGrain.MaxHours, series.Count);
        Assert.Equal(start.AddHours(extra), series[0].Hour);
        Assert.All(series, h => Assert.Equal(1, h.ChatMessages));
    }
}
