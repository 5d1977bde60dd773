using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Chat;

[Collection(ClusterCollection.Name)]
public sealed class ChatArrivalOrderTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ALineThatNamesTheLineBeforeItIsAppendedAfterThatLineEvenWhenItArrivesFirst()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor("Ada");

        // The second line overtakes the first on its way to the booth.
        var second = booth.SendChatAsync(ada, "m-2", "second", afterClientMessageId: "m-1");
        var third = booth.SendChatAsync(ada, "m-3", "third", afterClientMessageId: "m-2");
        var first = booth.SendChatAsync(ada, "m-1", "first");

        var sequences = new[] { (await first).Sequence, (await second).Sequence, (await third).Sequence };
        Assert.Equal([1L, 2L, 3L], sequences);
        Assert.Equal(["first", "second", "third"], (await booth.ChatSinceAsync(0)).Select(m => m.Text));
    }
}
