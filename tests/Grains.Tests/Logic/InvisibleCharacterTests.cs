namespace Expo.Grains.Tests.Logic;

/// <summary>Bidirectional controls and zero-width characters: refused in display names, dropped from chat, questions and other text.</summary>
public sealed class InvisibleCharacterTests
{
    public static TheoryData<char> Invisible() =>
    [
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C',
        '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF',
    ];

    [Theory]
    [MemberData(nameof(Invisible))]
    public void ADisplayNameWithABidiControlOrZeroWidthCharacterIsRefusedNamingTheRule(char invisible)
    {
        var refusal = Assert.Throws<ExpoException>(() => ExpoRules.RequireDisplayName($"Staff{invisible}Member"));

        Assert.Equal(ExpoErrors.InvalidInput, refusal.Code);
        Assert.Contains("display name", refusal.Message);
    }

    [Fact]
    public void ANameThatOverridesItsDirectionToImitateStaffIsRefused() =>
        Assert.Throws<ExpoException>(() => ExpoRules.RequireDisplayName("\u202Effats\u202C Ada"));

    [Theory]
    [InlineData("مرحبا بالعالم")]
    [InlineData("שלום")]
    [InlineData("李白 Li Bai")]
    [InlineData("José Ñúñez")]
    public void NamesInRightToLeftAndOtherScriptsStayAccepted(string name) =>
        Assert.Equal(name, ExpoRules.RequireDisplayName(name));

    [Theory]
    [InlineData("abc\u202Eevil\u202C", "abcevil")]
    [InlineData("\u2067مرحبا\u2069 hi", "مرحبا hi")]
    [InlineData("zero\u200Bwidth\u2060joined\uFEFF", "zerowidthjoined")]
    [InlineData("mark\u200E\u200F\u061Cs", "marks")]
    public void ChatTextLosesBidiControlsAndZeroWidthSpaces(string text, string stored) =>
        Assert.Equal(stored, ExpoRules.RequireChatText(text));

    [Fact]
    public void ChatTextKeepsTheJoinersThatEmojiAndScriptsNeed()
    {
        var family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
        var persian = "می\u200Cخواهم";

        Assert.Equal(family, ExpoRules.RequireChatText(family));
        Assert.Equal(persian, ExpoRules.RequireChatText(persian));
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u200B\u200B")]
    [InlineData(" \u200D \u200C ")]
    [InlineData("\uFEFF\u2066\u2069")]
    public void ChatTextWithNothingVisibleLeftIsRefused(string text)
    {
        var refusal = Assert.Throws<ExpoException>(() => ExpoRules.RequireChatText(text));

        Assert.Equal(ExpoErrors.InvalidInput, refusal.Code);
    }

    [Fact]
    public void PlainChatTextIsStoredAsSent() =>
        Assert.Equal("  hello\nworld  ", ExpoRules.RequireChatText("  hello\nworld  "));

    [Fact]
    public void QuestionsAndNegotiationMessagesLoseBidiControlsAndZeroWidthSpacesToo()
    {
        Assert.Equal("Which sports events?", AgendaRules.RequireQuestion("Which \u202Esports\u202C events?\u200B"));
        Assert.Equal("Price per tonne?", NegotiationRules.RequireText("\u2066Price per tonne?\u2069", 2000, "A message"));
    }

    [Fact]
    public void AQuestionOrNegotiationMessageWithNothingVisibleLeftIsRefused()
    {
        Assert.Equal(ExpoErrors.InvalidInput, Assert.Throws<ExpoException>(() => AgendaRules.RequireQuestion("\u200B\u202E")).Code);
        Assert.Equal(ExpoErrors.InvalidInput, Assert.Throws<ExpoException>(() => NegotiationRules.RequireText(" \u200D ", 2000, "A message")).Code);
    }
}
