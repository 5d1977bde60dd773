namespace Expo.Grains.Tests.Catalogue;

public sealed class SeedCatalogTests
{
    [Fact]
    public async Task TheDemoCatalogueHasLichengTheSevenFriendshipCitiesThenTheGuestPavilion()
    {
        var expo = await DemoCatalogue.LoadAsync();

        Assert.Equal(ExpoIds.DemoExpo, expo.Id);
        Assert.Equal(
            ["licheng-quanzhou", "xiangqiao-chaozhou", "luoyang-old-town", "beilin-xian", "ganzhou-zhangye", "dunhuang", "jimsar", "belt-and-road-friends"],
            expo.Pavilions.Select(p => p.Id));
        Assert.All(expo.Pavilions.SkipLast(1), p => Assert.Equal("friendship-city", p.Kind));
        Assert.Equal("guest", expo.Pavilions[^1].Kind);
    }

    [Theory]
    [InlineData("licheng-quanzhou", "licheng-wenlv-investment-group")]
    [InlineData("licheng-quanzhou", "fujian-runpu-culture-media")]
    [InlineData("jimsar", "yushang-loulan-muslim-restaurant")]
    [InlineData("belt-and-road-friends", "kung-fu-animation")]
    [InlineData("belt-and-road-friends", "zhenghe-cultural-center-malacca")]
    public async Task TheDemoCatalogueHasTheBoothInItsPavilion(string pavilionId, string boothId)
    {
        var expo = await DemoCatalogue.LoadAsync();

        var booth = Assert.Single(expo.Pavilions.SelectMany(p => p.Booths), b => b.Id == boothId);
        Assert.Equal(pavilionId, booth.PavilionId);
        Assert.Contains(booth, expo.Pavilions.Single(p => p.Id == pavilionId).Booths);
    }

    [Fact]
    public async Task EveryNameInTheDemoCatalogueHasEnglishAndChinese()
    {
        var expo = await DemoCatalogue.LoadAsync();

        var names = new[] { expo.Name, expo.Tagline, expo.Description }
            .Concat(expo.Fields.Select(f => f.Name))
            .Concat(expo.Pavilions.SelectMany(p => new[] { p.Name, p.Province, p.Heritage }))
            .Concat(expo.Pavilions.SelectMany(p => p.Booths).SelectMany(b => new[] { b.Name, b.Description }))
            .Concat(expo.Agreements.Select(a => a.Subject));

        Assert.All(names, name =>
        {
            Assert.False(string.IsNullOrWhiteSpace(name.En), $"English missing beside '{name.Zh}'");
            Assert.False(string.IsNullOrWhiteSpace(name.Zh), $"Chinese missing beside '{name.En}'");
        });
    }
}
