namespace Expo.Bench.Baseline;

/// <summary>Every booth's count every 10 s, kept for a day in memory: what the attendance console charts.</summary>
public sealed class AttendanceSamples(BoothRooms rooms) : BackgroundService
{
    private const int Kept = 24 * 360;

    private readonly LinkedList<AttendanceSample> _samples = new();

    public IReadOnlyList<AttendanceSample> Between(DateTimeOffset from, DateTimeOffset to, int points)
    {
        List<AttendanceSample> inRange;
        lock (_samples)
        {
            inRange = [.. _samples.Where(s => s.At >= from && s.At <= to)];
        }

        var every = Math.Max(1, (int)Math.Ceiling(inRange.Count / (double)Math.Max(2, points)));
        return [.. inRange.Where((_, i) => i % every == 0)];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        do
        {
            var booths = rooms.All.ToDictionary(r => r.Booth.Id, r => r.Count);
            lock (_samples)
            {
                _samples.AddLast(new AttendanceSample(DateTimeOffset.UtcNow, booths.Values.Sum(), booths));
                if (_samples.Count > Kept)
                {
                    _samples.RemoveFirst();
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result));
    }
}
