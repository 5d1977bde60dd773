namespace Expo.Grains.Tests.Logic;

public sealed class AccountRulesTests
{
    [Theory]
    [InlineData("ada@example.com", "ada@example.com")]
    [InlineData("  Ada.Lovelace@Example.COM ", "ada.lovelace@example.com")]
    [InlineData("王@例子.中国", "王@xn--fsqu00a.xn--fiqs8s")]
    public void AnEmailIsNormalisedToOneSpelling(string email, string normalised) =>
        Assert.Equal(normalised, AccountRules.NormaliseEmail(email));

    [Theory]
    [InlineData("")]
    [InlineData("ada")]
    [InlineData("@example.com")]
    [InlineData("ada@")]
    [InlineData("ada@localhost")]
    [InlineData("ada lovelace@example.com")]
    [InlineData("ada@exa\u0007mple.com")]
    public void ANonAddressIsRefused(string email) =>
        Assert.Equal(ExpoErrors.InvalidInput, Assert.Throws<ExpoException>(() => AccountRules.NormaliseEmail(email)).Code);

    [Fact]
    public void AnOverlongAddressIsRefused() =>
        Assert.Throws<ExpoException>(() => AccountRules.NormaliseEmail(new string('a', 250) + "@example.com"));

    [Theory]
    [InlineData("123456789", false)]
    [InlineData("1234567890", true)]
    [InlineData("长城长城长城长城长城", true)]
    public void APasswordHasAtLeastTenCharacters(string password, bool accepted)
    {
        if (accepted)
        {
            Assert.Equal(password, AccountRules.RequirePassword(password, "ada@example.com"));
        }
        else
        {
            Assert.Throws<ExpoException>(() => AccountRules.RequirePassword(password, "ada@example.com"));
        }
    }

    [Fact]
    public void APasswordHasAtMost128Characters() =>
        Assert.Throws<ExpoException>(() => AccountRules.RequirePassword(new string('x', 129), "ada@example.com"));
}
