namespace Expo.Grains.Booths.Journal;

/// <summary>
/// Journal segments in this process's memory. Not durable: for test clusters, and for benchmarks that show what
/// durable storage costs.
/// </summary>
public sealed class MemoryChatJournalStore : IChatJournalStore
{
    private readonly Dictionary<string, SortedDictionary<long, List<byte[]>>> _shards = [];
    private readonly Lock _lock = new();

    public Task<JournalLoad> LoadAsync(string shard, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var segments = Segments(shard);
            var contents = segments.Values.Select(blocks => blocks.SelectMany(b => b).ToArray()).ToList();
            var cursor = segments.Count == 0 ? JournalCursor.None : CursorOf(segments.Keys.Last(), segments.Values.Last());
            return Task.FromResult(new JournalLoad(contents, cursor));
        }
    }

    public Task<JournalCursor> AppendAsync(string shard, JournalCursor at, IReadOnlyList<byte[]> blocks)
    {
        lock (_lock)
        {
            var segments = Segments(shard);
            var segment = at.Segment == 0 ? 1 : at.Segment;
            if (!segments.TryGetValue(segment, out var held))
            {
                if (at.Segment != 0)
                {
                    throw new JournalConflictException($"Journal segment {segment} of {shard} is gone.");
                }

                held = segments[segment] = [];
            }

            if (held.Sum(b => (long)b.Length) != at.Length)
            {
                throw new JournalConflictException($"Journal segment {segment} of {shard} moved on since it was read.");
            }

            held.AddRange(blocks.Select(b => b.ToArray()));
            return Task.FromResult(CursorOf(segment, held));
        }
    }

    public Task<JournalCursor> StartSegmentAsync(string shard, JournalCursor after, IReadOnlyList<byte[]> blocks)
    {
        lock (_lock)
        {
            var segments = Segments(shard);
            var segment = after.Segment + 1;
            if (!segments.TryAdd(segment, [.. blocks.Select(b => b.ToArray())]))
            {
                throw new JournalConflictException($"Journal segment {segment} of {shard} exists already.");
            }

            return Task.FromResult(CursorOf(segment, segments[segment]));
        }
    }

    public Task DeleteSegmentsBeforeAsync(string shard, long segment)
    {
        lock (_lock)
        {
            var segments = Segments(shard);
            foreach (var old in segments.Keys.Where(k => k < segment).ToList())
            {
                segments.Remove(old);
            }

            return Task.CompletedTask;
        }
    }

    private SortedDictionary<long, List<byte[]>> Segments(string shard) =>
        _shards.TryGetValue(shard, out var segments) ? segments : _shards[shard] = [];

    private static JournalCursor CursorOf(long segment, List<byte[]> blocks) =>
        new(segment, blocks.Sum(b => (long)b.Length), blocks.Count);
}
