using Expo.Grains.Booths;
using Microsoft.Extensions.Time.Testing;

namespace Expo.Grains.Tests.Chat;

/// <summary>Under load a journal shard writes at most once per spacing; after a quiet spell it writes at once.</summary>
public sealed class GroupCommitSpacingTests
{
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task CommitsThatFollowAWriteCloselyShareOneWriteStartedASpacingAfterIt()
    {
        var time = new FakeTimeProvider();
        var writes = 0;
        var commit = new GroupCommit(() => { Interlocked.Increment(ref writes); return Task.CompletedTask; }, Spacing, time);

        await commit.CommitAsync();
        Assert.Equal(1, writes);

        var second = commit.CommitAsync();
        var third = commit.CommitAsync();
        time.Advance(Spacing - TimeSpan.FromMilliseconds(1));
        Assert.False(second.IsCompleted);
        Assert.Equal(1, writes);

        time.Advance(TimeSpan.FromMilliseconds(1));
        await Task.WhenAll(second, third).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, writes);
    }

    [Fact]
    public async Task ACommitAfterAQuietSpellWritesWithoutWaiting()
    {
        var time = new FakeTimeProvider();
        var writes = 0;
        var commit = new GroupCommit(() => { writes++; return Task.CompletedTask; }, Spacing, time);
        await commit.CommitAsync();

        time.Advance(Spacing);
        var next = commit.CommitAsync();

        Assert.True(next.IsCompleted);
        await next;
        Assert.Equal(2, writes);
    }
}
