namespace Expo.Grains.Tests.Logic;

public sealed class ExpoRulesTests
{
    [Theory]
    [InlineData("Ada", "Ada")]
    [InlineData("  Ada Lovelace \t", "Ada Lovelace")]
    [InlineData("李白", "李白")]
    [InlineData("x", "x")]
    public void DisplayNamesAreTrimmed(string input, string expected) =>
        Assert.Equal(expected, ExpoRules.RequireDisplayName(input));

    [Fact]
    public void ADisplayNameOfFortyCharactersIsAcceptedEvenWithSpacesAround()
    {
        var forty = new string('n', ExpoRules.MaxDisplayNameLength);

        Assert.Equal(forty, ExpoRules.RequireDisplayName($"  {forty}  "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn")]
    [InlineData("Ada\u0007")]
    [InlineData("Ada\nLovelace")]
    [InlineData("A\u0000da")]
    public void BadDisplayNamesAreRefusedAsInvalidInput(string? input)
    {
        var refused = Assert.Throws<ExpoException>(() => ExpoRules.RequireDisplayName(input));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("licheng-quanzhou")]
    [InlineData("t-0123456789abcdef")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void SlugsAreOneToSixtyFourLowercaseLettersDigitsAndHyphens(string value) =>
        Assert.True(ExpoRules.IsSlug(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Licheng")]
    [InlineData("licheng_quanzhou")]
    [InlineData("licheng quanzhou")]
    [InlineData("booth/1")]
    [InlineData("泉州")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("licheng\n")]
    public void OtherValuesAreNotSlugs(string? value) => Assert.False(ExpoRules.IsSlug(value));
}
