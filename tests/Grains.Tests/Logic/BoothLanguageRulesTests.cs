namespace Expo.Grains.Tests.Logic;

/// <summary>The languages a booth's staff speak: two-letter codes, kept by edits that do not mention them.</summary>
public sealed class BoothLanguageRulesTests
{
    private static readonly IReadOnlySet<string> Fields = new HashSet<string> { "tourism" };

    private static readonly BoothProfile Booth = new(
        "b", "p", new("Booth", "展位"), new("", ""), ["tourism"], Sample: false, Languages: ["zh", "en"]);

    [Theory]
    [InlineData("ENG")]
    [InlineData("e")]
    [InlineData("zh-CN")]
    [InlineData("日本")]
    public void ACodeThatIsNotTwoLowerCaseLettersIsRefused(string code) =>
        Assert.Equal(ExpoErrors.InvalidInput, Assert.Throws<ExpoException>(() => BoothProfileRules.RequireLanguages(["zh", code])).Code);

    [Fact]
    public void RepeatsAndTooManyLanguagesAreRefused()
    {
        Assert.Throws<ExpoException>(() => BoothProfileRules.RequireLanguages(["zh", "zh"]));
        Assert.Throws<ExpoException>(() => BoothProfileRules.RequireLanguages(["aa", "bb", "cc", "dd", "ee", "ff", "gg", "hh", "ii"]));
        Assert.Equal(["zh", "ms"], BoothProfileRules.RequireLanguages(["zh", "ms"]));
    }

    [Fact]
    public void AnEditWithoutLanguagesKeepsThemAndOneWithLanguagesReplacesThem()
    {
        var edit = new BoothProfileEdit(new("Booth", "展位"), null, null, ["tourism"], null, null);

        Assert.Equal(["zh", "en"], BoothProfileRules.Apply(Booth, edit, Fields).Languages);
        Assert.Equal(["ru"], BoothProfileRules.Apply(Booth, edit with { Languages = ["ru"] }, Fields).Languages);
        Assert.Empty(BoothProfileRules.Apply(Booth, edit with { Languages = [] }, Fields).Languages!);
    }
}
