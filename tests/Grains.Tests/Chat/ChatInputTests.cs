using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Chat;

[Collection(ClusterCollection.Name)]
public sealed class ChatInputTests(ClusterFixture fixture)
{
    public static TheoryData<string, string, string> BadInput => new()
    {
        { "empty text", "m-2", "" },
        { "only whitespace", "m-2", " \t\n " },
        { "2001 characters", "m-2", new string('a', ExpoRules.MaxChatTextLength + 1) },
        { "a bell character", "m-2", "ding\u0007" },
        { "empty client id", "", "Hello" },
        { "65-character client id", new string('x', ExpoRules.MaxClientMessageIdLength + 1), "Hello" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadInputIsRefusedAndChangesNothing(string why, string clientMessageId, string text)
    {
        var (booth, _) = await fixture.SeedBoothAsync();
        var ada = TestKeys.Visitor();
        var earlier = await booth.SendChatAsync(ada, "m-1", "Fine");

        var refused = await Assert.ThrowsAsync<ExpoException>(() => booth.SendChatAsync(ada, clientMessageId, text));

        Assert.True(refused.Code == ExpoErrors.InvalidInput, $"{why}: {refused.Code}");
        Assert.Equal([earlier], await booth.ChatSinceAsync(0));
        Assert.Equal(1, (await booth.EnterAsync("c1", ada)).LastSequence);
    }

    [Fact]
    public async Task ASenderWithoutAValidDisplayNameIsRefused()
    {
        var (booth, _) = await fixture.SeedBoothAsync();

        var refused = await Assert.ThrowsAsync<ExpoException>(
            () => booth.SendChatAsync(TestKeys.Visitor("  "), "m-1", "Hello"));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        Assert.Empty(await booth.ChatSinceAsync(0));
    }

    [Fact]
    public async Task SendingToAnUnseededBoothThrowsBoothNotFound()
    {
        var booth = fixture.Client.GetGrain<IBoothGrain>(TestKeys.New());

        var refused = await Assert.ThrowsAsync<ExpoException>(
            () => booth.SendChatAsync(TestKeys.Visitor(), "m-1", "Hello"));

        Assert.Equal(ExpoErrors.BoothNotFound, refused.Code);
    }
}
