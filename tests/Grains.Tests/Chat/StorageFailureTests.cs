using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Chat;

/// <summary>A journal write that fails is never acknowledged, and a retry with the same message id stores the line once.</summary>
[Collection(ClusterCollection.Name)]
public sealed class StorageFailureTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFailedWriteIsReportedAsUnavailableAndTheRetryStoresTheLineOnce(bool writeLanded)
    {
        var (booth, profile) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();
        var first = await booth.SendChatAsync(ada, "m-1", "stored before the fault");
        StorageFaults.FailNextWrites(fixture.JournalKey(profile.Id), 1, writeLanded);

        var failure = await Assert.ThrowsAsync<ExpoException>(() => booth.SendChatAsync(ada, "m-2", "during the fault"));
        Assert.Equal(ExpoErrors.Unavailable, failure.Code);

        var retried = await Attempts.RetryAsync(() => booth.SendChatAsync(ada, "m-2", "during the fault"));
        var next = await booth.SendChatAsync(ada, "m-3", "after the fault");

        Assert.Equal(2, retried.Sequence);
        Assert.Equal(3, next.Sequence);
        Assert.Equal([first, retried, next], await booth.ChatSinceAsync(0));
    }

    [Fact]
    public async Task LinesWaitingForAFailedWriteAreNotAcknowledgedAndNoneIsLostOnRetry()
    {
        var (booth, profile) = await fixture.SeedBoothAsync();
        var visitors = Enumerable.Range(1, 20).Select(i => TestKeys.Visitor($"V{i}")).ToList();
        StorageFaults.FailNextWrites(fixture.JournalKey(profile.Id), 2, afterWrite: false);

        var attempts = await Task.WhenAll(visitors.Select(v => Attempts.OutcomeAsync(booth.SendChatAsync(v, "m-1", $"from {v.DisplayName}"))));
        var acknowledged = attempts.OfType<ChatMessage>().ToList();
        Assert.Contains(attempts, a => a is ExpoException { Code: ExpoErrors.Unavailable });

        // Every visitor retries until acknowledged, as the front end does.
        var final = await Task.WhenAll(visitors.Select(v => Attempts.RetryAsync(() => booth.SendChatAsync(v, "m-1", $"from {v.DisplayName}"))));

        Assert.All(acknowledged, a => Assert.Contains(a, final));
        var history = await booth.ChatSinceAsync(0);
        Assert.Equal(Enumerable.Range(1, visitors.Count).Select(i => (long)i), history.Select(m => m.Sequence));
        Assert.Equal(final.OrderBy(m => m.Sequence), history);
    }
}
