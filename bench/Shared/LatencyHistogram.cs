namespace Expo.Bench.Shared;

/// <summary>
/// A log-linear histogram of microseconds: each power of two is split into 64 equal buckets, so a recorded value
/// is known to within 1/64 (1.6 %) of itself; the maximum is kept exactly. Safe to record from many threads.
/// </summary>
public sealed class LatencyHistogram
{
    private const int SubBits = 6;
    private const int SubBuckets = 1 << SubBits;
    private const int Magnitudes = 40;
    private const int LastIndex = ((Magnitudes + 1) * SubBuckets) - 1;

    private readonly long[] _counts = new long[(Magnitudes + 1) * SubBuckets];
    private long _count;
    private long _max;
    private long _sum;

    public long Count => Interlocked.Read(ref _count);

    public long MaxMicros => Interlocked.Read(ref _max);

    public double MeanMicros => Count == 0 ? 0 : (double)Interlocked.Read(ref _sum) / Count;

    public void Record(long micros)
    {
        if (micros < 0)
        {
            micros = 0;
        }

        Interlocked.Increment(ref _counts[IndexOf(micros)]);
        Interlocked.Increment(ref _count);
        Interlocked.Add(ref _sum, micros);
        var max = Interlocked.Read(ref _max);
        while (micros > max)
        {
            var seen = Interlocked.CompareExchange(ref _max, micros, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    /// <summary>The value below which <paramref name="percentile"/> % of recordings fall (the upper edge of its bucket, never above the maximum).</summary>
    public long PercentileMicros(double percentile)
    {
        var total = Count;
        if (total == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(total * percentile / 100.0);
        rank = Math.Clamp(rank, 1, total);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return Math.Min(UpperEdgeOf(i), MaxMicros);
            }
        }

        return MaxMicros;
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        _count += other._count;
        _sum += other._sum;
        _max = Math.Max(_max, other._max);
    }

    public HistogramData ToData()
    {
        var buckets = new List<long[]>();
        for (var i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] != 0)
            {
                buckets.Add([i, _counts[i]]);
            }
        }

        return new HistogramData(buckets, Count, MaxMicros, Interlocked.Read(ref _sum));
    }

    public static LatencyHistogram FromData(HistogramData data)
    {
        var histogram = new LatencyHistogram { _count = data.Count, _max = data.MaxMicros, _sum = data.SumMicros };
        foreach (var bucket in data.Buckets)
        {
            histogram._counts[bucket[0]] = bucket[1];
        }

        return histogram;
    }

    public LatencySummary Summarize() => new(
        Count,
        PercentileMicros(50) / 1000.0,
        PercentileMicros(95) / 1000.0,
        PercentileMicros(99) / 1000.0,
        MaxMicros / 1000.0,
        MeanMicros / 1000.0);

    private static int IndexOf(long value)
    {
        if (value < SubBuckets)
        {
            return (int)value;
        }

        // The magnitude is how many bits above the sub-bucket resolution the value needs.
        var magnitude = 63 - (int)long.LeadingZeroCount(value) - SubBits + 1;
        if (magnitude > Magnitudes)
        {
            return LastIndex;
        }

        var sub = (int)(value >> magnitude) - (SubBuckets >> 1);
        return (magnitude * (SubBuckets >> 1)) + (SubBuckets >> 1) + sub;
    }

    private static long UpperEdgeOf(int index)
    {
        if (index < SubBuckets)
        {
            return index;
        }

        var magnitude = (index - (SubBuckets >> 1)) / (SubBuckets >> 1);
        var sub = (index - (SubBuckets >> 1)) % (SubBuckets >> 1);
        return ((long)(sub + (SubBuckets >> 1) + 1) << magnitude) - 1;
    }
}
