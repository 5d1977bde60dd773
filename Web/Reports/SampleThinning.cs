using Expo.Grains.Models;

namespace Expo.Web.Reports;

/// <summary>
/// Thins a long history to a number of points a chart or a replay can use: the range is cut into equal spans and
/// each span keeps its busiest sample (the peak is what an organiser looks for), carrying the joins, leaves and
/// chat lines of the whole span so that totals over the range stay the same.
/// </summary>
public static class SampleThinning
{
    public const int MaxPoints = 2000;

    public static IReadOnlyList<AttendanceSample> Thin(IReadOnlyList<AttendanceSample> samples, int points)
    {
        if (samples.Count <= points)
        {
            return samples;
        }

        var first = samples[0].At;
        var span = (samples[^1].At - first).Ticks / (double)points;
        return
        [
            .. samples
                .GroupBy(s => Math.Min(points - 1, (int)((s.At - first).Ticks / Math.Max(1, span))))
                .OrderBy(g => g.Key)
                .Select(g => g.MaxBy(s => s.InBooths)! with
                {
                    Joins = g.Sum(s => s.Joins),
                    Leaves = g.Sum(s => s.Leaves),
                    ChatLines = g.Sum(s => s.ChatLines),
                }),
        ];
    }
}
