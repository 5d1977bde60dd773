namespace Expo.Bench.Shared;

/// <summary>A histogram on the wire: non-empty buckets as [index, count] pairs.</summary>
public sealed record HistogramData(IReadOnlyList<long[]> Buckets, long Count, long MaxMicros, long SumMicros);

/// <summary>Latency figures in milliseconds.</summary>
public sealed record LatencySummary(long Count, double P50, double P95, double P99, double Max, double Mean);
