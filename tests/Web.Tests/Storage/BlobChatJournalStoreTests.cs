using System.Text;
using Azure.Storage.Blobs;
using Expo.Grains.Booths.Journal;
using Expo.Silo.Storage;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Storage;

/// <summary>Journal segments as append blobs in Azurite: appends read back in order, and only one writer wins.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class BlobChatJournalStoreTests(ExpoClusterFixture cluster)
{
    private const string Shard = "chat/3";

    [Fact]
    public async Task AppendsReadBackInOrderAcrossSegmentsAndOlderSegmentsCanBeDeleted()
    {
        var store = NewStore();

        var first = await store.AppendAsync(Shard, JournalCursor.None, [Block("a"), Block("b")]);
        first = await store.AppendAsync(Shard, first, [Block("c")]);
        var second = await store.StartSegmentAsync(Shard, first, [Block("snapshot")]);
        second = await store.AppendAsync(Shard, second, [Block("d")]);

        var load = await store.LoadAsync(Shard);
        Assert.Equal(["a\nb\nc\n", "snapshot\nd\n"], load.Segments.Select(Encoding.UTF8.GetString));
        Assert.Equal(new JournalCursor(2, "snapshot\nd\n".Length, 2), load.Cursor);
        Assert.Equal(new JournalCursor(1, "a\nb\nc\n".Length, 3), first);

        await store.DeleteSegmentsBeforeAsync(Shard, 2);
        Assert.Equal(["snapshot\nd\n"], (await store.LoadAsync(Shard)).Segments.Select(Encoding.UTF8.GetString));
        Assert.Empty((await store.LoadAsync("chat/4")).Segments);
    }

    [Fact]
    public async Task AnAppendAtAPositionTheSegmentHasMovedPastIsRefusedAndChangesNothing()
    {
        var store = NewStore();
        var seen = await store.AppendAsync(Shard, JournalCursor.None, [Block("a")]);
        await store.AppendAsync(Shard, seen, [Block("landed late")]);

        await Assert.ThrowsAsync<JournalConflictException>(() => store.AppendAsync(Shard, seen, [Block("b")]));

        Assert.Equal(["a\nlanded late\n"], (await store.LoadAsync(Shard)).Segments.Select(Encoding.UTF8.GetString));
    }

    [Fact]
    public async Task ASegmentAnotherWriterStartedCannotBeStartedAgain()
    {
        var store = NewStore();
        var seen = await store.AppendAsync(Shard, JournalCursor.None, [Block("a")]);
        await store.StartSegmentAsync(Shard, seen, [Block("theirs")]);

        await Assert.ThrowsAsync<JournalConflictException>(() => store.StartSegmentAsync(Shard, seen, [Block("mine")]));
        await Assert.ThrowsAsync<JournalConflictException>(() => store.AppendAsync(Shard, JournalCursor.None, [Block("mine")]));

        Assert.Equal(["a\n", "theirs\n"], (await store.LoadAsync(Shard)).Segments.Select(Encoding.UTF8.GetString));
    }

    private BlobChatJournalStore NewStore() =>
        new(new BlobContainerClient(cluster.Storage.ConnectionString, $"journal-{Guid.NewGuid():N}"));

    private static byte[] Block(string text) => Encoding.UTF8.GetBytes(text + "\n");
}
