using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Chat;

/// <summary>A journal shard's failed write concerns every booth waiting for it; none of their lines is acknowledged or lost.</summary>
[Collection(ClusterCollection.Name)]
public sealed class JournalFaultTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AJournalFaultFailsTheLinesOfEveryBoothWaitingForThatWriteAndRetriesStoreEachOnce()
    {
        // Two booths of one shard, so one failed journal write concerns both.
        var first = await fixture.SeedBoothAsync();
        var second = await fixture.SeedBoothAsync();
        while (fixture.JournalKey(second.Profile.Id) != fixture.JournalKey(first.Profile.Id))
        {
            second = await fixture.SeedBoothAsync();
        }

        var ada = TestKeys.Visitor();
        StorageFaults.FailNextWrites(fixture.JournalKey(first.Profile.Id), 1, afterWrite: true);
        var attempts = await Task.WhenAll(new[] { first.Booth, second.Booth }.Select(b => Attempts.OutcomeAsync(b.SendChatAsync(ada, "m-1", "hello"))));
        Assert.Contains(attempts, a => a is ExpoException { Code: ExpoErrors.Unavailable });

        foreach (var booth in new[] { first.Booth, second.Booth })
        {
            var retried = await Attempts.RetryAsync(() => booth.SendChatAsync(ada, "m-1", "hello"));
            Assert.Equal(1, retried.Sequence);
            Assert.Equal(2, (await booth.SendChatAsync(ada, "m-2", "again")).Sequence);
            Assert.Equal([1L, 2L], (await booth.ChatSinceAsync(0)).Select(m => m.Sequence));
        }
    }
}
