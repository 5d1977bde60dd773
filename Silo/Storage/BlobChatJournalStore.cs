using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Expo.Grains.Booths.Journal;

namespace Expo.Silo.Storage;

/// <summary>
/// Journal segments as append blobs named <c>{shard}/{segment:D12}</c>: one request per write whatever the shard holds,
/// and each append conditional on the length the shard last saw, so an append that timed out but lands late fails
/// the next one instead of slipping between a newer activation's writes.
/// </summary>
public sealed class BlobChatJournalStore(BlobContainerClient container) : IChatJournalStore
{
    public const string ContainerName = "chat-journal";

    private readonly Lazy<Task> _created = new(() => container.CreateIfNotExistsAsync());

    public async Task<JournalLoad> LoadAsync(string shard, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var segments = new List<byte[]>();
        var cursor = JournalCursor.None;
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{shard}/", cancellationToken))
        {
            var blob = container.GetAppendBlobClient(item.Name);
            var content = await blob.DownloadContentAsync(cancellationToken);
            var bytes = content.Value.Content.ToArray();
            segments.Add(bytes);
            cursor = new JournalCursor(SegmentOf(item.Name), bytes.Length, content.Value.Details.BlobCommittedBlockCount);
        }

        return new JournalLoad(segments, cursor);
    }

    public async Task<JournalCursor> AppendAsync(string shard, JournalCursor at, IReadOnlyList<byte[]> blocks)
    {
        await _created.Value;
        if (at.Segment == 0)
        {
            return await StartSegmentAsync(shard, at, blocks);
        }

        return await AppendBlocksAsync(Segment(shard, at.Segment), at, blocks);
    }

    public async Task<JournalCursor> StartSegmentAsync(string shard, JournalCursor after, IReadOnlyList<byte[]> blocks)
    {
        await _created.Value;
        var segment = after.Segment + 1;
        var blob = Segment(shard, segment);
        try
        {
            await blob.CreateAsync(new AppendBlobCreateOptions { Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All } });
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            throw new JournalConflictException($"Journal segment {segment} of {shard} exists already.");
        }

        return await AppendBlocksAsync(blob, new JournalCursor(segment, 0, 0), blocks);
    }

    public async Task DeleteSegmentsBeforeAsync(string shard, long segment)
    {
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{shard}/", CancellationToken.None))
        {
            if (SegmentOf(item.Name) < segment)
            {
                await container.DeleteBlobIfExistsAsync(item.Name);
            }
        }
    }

    private static async Task<JournalCursor> AppendBlocksAsync(AppendBlobClient blob, JournalCursor at, IReadOnlyList<byte[]> blocks)
    {
        var cursor = at;
        foreach (var block in blocks)
        {
            try
            {
                using var stream = new MemoryStream(block, writable: false);
                await blob.AppendBlockAsync(stream, new AppendBlobAppendBlockOptions
                {
                    Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = cursor.Length },
                });
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                throw new JournalConflictException($"Journal segment {blob.Name} moved on or went away ({e.ErrorCode}).");
            }

            cursor = cursor with { Length = cursor.Length + block.Length, Blocks = cursor.Blocks + 1 };
        }

        return cursor;
    }

    private AppendBlobClient Segment(string shard, long segment) =>
        container.GetAppendBlobClient($"{shard}/{segment.ToString("D12", CultureInfo.InvariantCulture)}");

    private static long SegmentOf(string blobName) =>
        long.Parse(blobName.AsSpan(blobName.LastIndexOf('/') + 1), CultureInfo.InvariantCulture);
}
