using Expo.Grains.Models;
using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Chat;

[Collection(ClusterCollection.Name)]
public sealed class ChatBatchSendTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ABatchStoresItsLinesInOrderRefusesOnlyTheBadOneAndAnswersARetryWithItsFirstSequence()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor("Ada");
        var ben = TestKeys.Visitor("Ben");
        var earlier = await booth.SendChatAsync(ada, "a-1", "hello");

        var results = await booth.SendChatBatchAsync(
        [
            new ChatSend(ben, "b-1", "first", FromOrganiser: false),
            new ChatSend(ada, "a-2", "   ", FromOrganiser: false),
            new ChatSend(ada, "a-1", "hello", FromOrganiser: false),
            new ChatSend(ada, "a-3", "second", FromOrganiser: true),
        ]);

        Assert.Equal(4, results.Count);
        Assert.Equal([earlier.Sequence + 1, earlier.Sequence], [results[0].Message!.Sequence, results[2].Message!.Sequence]);
        Assert.Null(results[1].Message);
        Assert.Equal(ExpoErrors.InvalidInput, results[1].ErrorCode);
        Assert.Equal(earlier.Sequence + 2, results[3].Message!.Sequence);
        Assert.Equal(SenderRoles.Organiser, results[3].Message!.SenderRole);

        var stored = await booth.ChatSinceAsync(0);
        Assert.Equal(["hello", "first", "second"], stored.Select(m => m.Text));
    }

    [Fact]
    public async Task AnEmptyOrOversizedBatchIsRefusedAndStoresNothing()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor("Ada");
        var tooMany = Enumerable.Range(0, ExpoRules.ChatSendsPerCall + 1).Select(i => new ChatSend(ada, $"m-{i}", "hi", false)).ToList();

        Assert.Equal(ExpoErrors.InvalidInput, (await Assert.ThrowsAsync<ExpoException>(() => booth.SendChatBatchAsync([]))).Code);
        Assert.Equal(ExpoErrors.InvalidInput, (await Assert.ThrowsAsync<ExpoException>(() => booth.SendChatBatchAsync(tooMany))).Code);
        Assert.Empty(await booth.ChatSinceAsync(0));
    }
}
