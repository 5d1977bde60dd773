using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Visitors;

[Collection(ClusterCollection.Name)]
public sealed class VisitorGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task RegisteringAGuestStoresTheTrimmedNameLanguageAndClockTime()
    {
        var id = TestKeys.New("v");
        var visitor = fixture.Client.GetGrain<IVisitorGrain>(id);
        var now = fixture.Time.GetUtcNow();

        var profile = await visitor.RegisterGuestAsync("  王小明 ", "zh");

        Assert.Equal(new VisitorProfile(id, "王小明", "zh", now), profile);
        Assert.Equal(profile, await visitor.GetAsync());
    }

    [Fact]
    public async Task RegisteringAgainChangesNameAndLanguageButKeepsTheCreationTime()
    {
        var visitor = fixture.Client.GetGrain<IVisitorGrain>(TestKeys.New("v"));
        var first = await visitor.RegisterGuestAsync("Ada", "en");
        fixture.Time.Advance(TimeSpan.FromMinutes(5));

        var second = await visitor.RegisterGuestAsync("Ada L.", "zh");

        Assert.Equal(first with { DisplayName = "Ada L.", Language = "zh" }, second);
        Assert.Equal(second, await visitor.GetAsync());
    }

    [Theory]
    [InlineData("", "en")]
    [InlineData("   ", "en")]
    [InlineData("nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn", "en")]
    [InlineData("Ada\u0007", "en")]
    [InlineData("Ada", "fr")]
    [InlineData("Ada", "EN")]
    [InlineData("Ada", "")]
    public async Task ABadNameOrLanguageIsRefusedAndNothingIsStored(string displayName, string language)
    {
        var visitor = fixture.Client.GetGrain<IVisitorGrain>(TestKeys.New("v"));

        var refused = await Assert.ThrowsAsync<ExpoException>(() => visitor.RegisterGuestAsync(displayName, language));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        Assert.Null(await visitor.GetAsync());
    }
}
