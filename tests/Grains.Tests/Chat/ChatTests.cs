using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Chat;

[Collection(ClusterCollection.Name)]
public sealed class ChatTests(ClusterFixture fixture)
{
    [Fact]
    public async Task SequencesCountFromOneInOrderAndCarryTheSenderTextIdAndClockTime()
    {
        var (booth, profile) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor("Ada");
        var sentAt = fixture.Time.GetUtcNow();

        var first = await booth.SendChatAsync(ada, "m-1", "Hello, Quanzhou!");
        var second = await booth.SendChatAsync(ada, "m-2", "Second line");
        var third = await booth.SendChatAsync(ada, "m-3", "Third line");

        Assert.Equal(new ChatMessage(profile.Id, 1, ada.VisitorId, "Ada", "Hello, Quanzhou!", sentAt, "m-1"), first);
        Assert.Equal([1L, 2L, 3L], [first.Sequence, second.Sequence, third.Sequence]);
        Assert.Equal([first, second, third], await booth.ChatSinceAsync(0));
        Assert.Equal(3, (await booth.EnterAsync("c1", ada)).LastSequence);
    }

    [Fact]
    public async Task RetriedSendChatReturnsTheFirstSequenceAndStoresNothing()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();
        var original = await booth.SendChatAsync(ada, "m-1", "Once only");
        fixture.Time.Advance(TimeSpan.FromSeconds(3));

        var retried = await booth.SendChatAsync(ada, "m-1", "Once only");

        Assert.Equal(original, retried);
        Assert.Equal(1, (await booth.EnterAsync("c1", ada)).LastSequence);
        Assert.Equal(1, (await booth.GetStatsAsync()).ChatLinesStored);
        Assert.Equal([original], await booth.ChatSinceAsync(0));
    }

    [Fact]
    public async Task ADifferentSenderWithTheSameClientMessageIdGetsANewSequence()
    {
        var (booth, _) = await fixture.SeedBoothAsync();

        var fromAda = await booth.SendChatAsync(TestKeys.Visitor("Ada"), "m-1", "Hi");
        var fromBo = await booth.SendChatAsync(TestKeys.Visitor("Bo"), "m-1", "Hi");

        Assert.Equal(1, fromAda.Sequence);
        Assert.Equal(2, fromBo.Sequence);
        Assert.Equal([fromAda, fromBo], await booth.ChatSinceAsync(0));
    }

    [Fact]
    public async Task EachSubscriptionReceivesEachChatLineExactlyOnce()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var first = await fixture.ListenAsync(booth);
        var second = await fixture.ListenAsync(booth);
        await booth.SubscribeAsync(first.NodeId, first.Reference); // renewing a subscription adds no second one
        var ada = TestKeys.Visitor();
        var before = await booth.GetStatsAsync();

        var line = await booth.SendChatAsync(ada, "m-1", "To everyone");
        var after = await booth.GetStatsAsync();

        Assert.Equal(2, after.Subscribers);
        Assert.Equal(before.ObserverChatSends + 2, after.ObserverChatSends);
        Assert.Equal(line, await first.NextChatAsync());
        Assert.Equal(line, await second.NextChatAsync());

        // Orleans does not order one-way calls: only once both have the line, a second line can fence it,
        // so that a duplicate of the first would most likely arrive before the fence.
        var fence = await booth.SendChatAsync(ada, "m-2", "Fence");
        foreach (var listener in new[] { first, second })
        {
            Assert.Equal(fence, await listener.NextChatAsync());
            Assert.False(listener.HasPendingChat);
        }
    }

    [Fact]
    public async Task ChineseTextRoundTrips()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        const string text = "欢迎来到“海丝”泉州数字文化创意博览会！🐉";

        var sent = await booth.SendChatAsync(TestKeys.Visitor("李白"), "m-1", text);

        Assert.Equal(text, sent.Text);
        Assert.Equal("李白", sent.SenderName);
        Assert.Equal(text, Assert.Single(await booth.ChatSinceAsync(0)).Text);
    }

    [Fact]
    public async Task AMessageOfTwoThousandCharactersIsAccepted()
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var text = new string('a', ExpoRules.MaxChatTextLength);

        var sent = await booth.SendChatAsync(TestKeys.Visitor(), "m-1", text);

        Assert.Equal(1, sent.Sequence);
        Assert.Equal(2000, Assert.Single(await booth.ChatSinceAsync(0)).Text.Length);
    }
}
