using Expo.Bench.Shared;

namespace Expo.Bench;

/// <summary>
/// Who is where in the expo-day mixes. expo-day: visitors spread over the booths by popularity (rank r gets a share
/// proportional to 1/r^zipf: a few booths with thousands, a long tail with a handful). stage: one booth holds the
/// crowd, a few side booths are where its wanderers step out to. Booths of 100 or more visitors have staff.
/// </summary>
public static class DayPlanner
{
    public const string OrganiserEmail = "organiser@silkroad-expo.example";

    // The demo organiser of Web/appsettings.Development.json, which the expo's Web nodes run with here.
    public const string OrganiserPassword = "haisi-demo-organiser";

    public static int Visitors(BenchOptions options) => options.Day.Visitors ?? (options.Mix == "stage" ? 5000 : 15000);

    public static int Booths(BenchOptions options) => options.Day.Booths ?? (options.Mix == "stage" ? 5 : 300);

    public static double Churn(BenchOptions options) => options.Day.Churn ?? Visitors(options) / 2400.0;

    public static int LiveReaders(BenchOptions options) => options.Day.LiveReaders ?? (options.Mix == "stage" ? 0 : Visitors(options) / 10);

    public static List<BoothPlan> Booths(BenchOptions options, IReadOnlyList<string> boothIds)
    {
        var visitors = Visitors(options);
        var stage = options.Mix == "stage";
        var residentShare = options.Day.Residents ?? (stage ? 0.8 : 0.3);
        double[] weights = stage
            ? [.. boothIds.Select((_, b) => b == 0 ? 1000.0 : 1.0)]
            : [.. boothIds.Select((_, b) => 1 / Math.Pow(b + 1, options.Day.Zipf))];
        if (stage)
        {
            // The crowd's residents stay on the stage; its wanderers start half on the stage and half in the side
            // booths (each with two residents who watch them come and go), so joins and leaves run from the first step.
            var residents = (int)Math.Round(visitors * residentShare);
            var wanderers = visitors - residents;
            var sides = boothIds.Count - 1;
            var outside = sides == 0 ? 0 : wanderers / 2;
            return [.. boothIds.Select((id, b) => b == 0
                ? new BoothPlan(id, residents, Math.Min(5, visitors / 100), wanderers - outside, Math.Min(5, visitors / 100), weights[b])
                : new BoothPlan(id, 2, 0, (outside / sides) + (b - 1 < outside % sides ? 1 : 0), 0, weights[b]))];
        }

        var counts = Spread(visitors, weights);
        return [.. boothIds.Select((id, b) =>
        {
            var count = counts[b];
            var residents = count == 0 ? 0 : Math.Clamp((int)Math.Round(count * residentShare), 1, Math.Max(1, count));
            var staff = count >= 100 ? Math.Min(5, count / 100) : 0;
            return new BoothPlan(id, residents, staff, Math.Max(0, count - residents), staff, weights[b]);
        })];
    }

    /// <summary>Whole booths per worker, the hottest first in each, balanced by visitors; worker 0 also holds the consoles.</summary>
    public static List<List<BoothPlan>> Split(IReadOnlyList<BoothPlan> booths, int maxPerWorker)
    {
        var total = booths.Sum(b => b.Stationary + b.Wanderers);
        var count = Math.Max(1, (int)Math.Ceiling((double)total / maxPerWorker));
        var workers = Enumerable.Range(0, count).Select(_ => new List<BoothPlan>()).ToList();
        foreach (var booth in booths.OrderByDescending(b => b.Stationary + b.Wanderers))
        {
            workers.MinBy(w => w.Sum(b => b.Stationary + b.Wanderers))!.Add(booth);
        }

        return [.. workers.Where(w => w.Count > 0).Select(w => w.OrderByDescending(b => b.Weight).ToList())];
    }

    public static DayPlan Plan(BenchOptions options, bool accounts, int workers, int workerId) => new(
        options.Mix,
        20261205,
        options.Day.Talkers ?? (options.Mix == "stage" ? 0.02 : 0.6),
        options.Day.ChatSeconds,
        options.Day.StaffChatSeconds,
        options.Day.MoveSeconds,
        Churn(options) / workers,
        options.Mix != "stage",
        options.Mix == "stage",
        5,
        accounts,
        workerId == 0 ? options.Day.Organisers : 0,
        workerId == 0 ? options.Day.Exhibitors : 0,
        OrganiserEmail,
        OrganiserPassword,
        (LiveReaders(options) / workers) + (workerId < LiveReaders(options) % workers ? 1 : 0),
        options.Day.AnnounceSeconds);

    /// <summary>Largest remainder: counts proportional to the weights, summing to exactly <paramref name="visitors"/>, none empty while visitors last.</summary>
    private static int[] Spread(int visitors, double[] weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => visitors * w / sum).ToArray();
        var counts = exact.Select(e => Math.Max(1, (int)Math.Floor(e))).ToArray();
        var order = Enumerable.Range(0, weights.Length).OrderByDescending(b => exact[b] - Math.Floor(exact[b])).ToList();
        for (var i = 0; counts.Sum() < visitors; i++)
        {
            counts[order[i % order.Count]]++;
        }

        for (var b = weights.Length - 1; counts.Sum() > visitors && b >= 0; b--)
        {
            // Too few visitors for a handful in every booth: the tail stays empty.
            counts[b] = Math.Max(0, counts[b] - (counts.Sum() - visitors));
        }

        return counts;
    }
}
