using Expo.Grains.Booths.Journal;

namespace Expo.Grains.Tests.Infrastructure;

/// <summary>A journal store whose appends and new segments obey <see cref="StorageFaults"/>, keyed by the shard's journal key.</summary>
internal sealed class FaultyChatJournalStore(IChatJournalStore inner) : IChatJournalStore
{
    public Task<JournalLoad> LoadAsync(string shard, CancellationToken cancellationToken = default) =>
        inner.LoadAsync(shard, cancellationToken);

    public Task<JournalCursor> AppendAsync(string shard, JournalCursor at, IReadOnlyList<byte[]> blocks) =>
        StorageFaults.WriteAsync(shard, () => inner.AppendAsync(shard, at, blocks));

    public Task<JournalCursor> StartSegmentAsync(string shard, JournalCursor after, IReadOnlyList<byte[]> blocks) =>
        StorageFaults.WriteAsync(shard, () => inner.StartSegmentAsync(shard, after, blocks));

    public Task DeleteSegmentsBeforeAsync(string shard, long segment) => inner.DeleteSegmentsBeforeAsync(shard, segment);
}
