using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.BoothCatalogue;

internal static class CatalogueItems
{
    public static CatalogueItemEdit Tea(string title = "Oolong tea") => new(
        "product",
        new LocalizedText(title, "乌龙茶"),
        new LocalizedText("Anxi Tieguanyin, spring harvest.", "安溪铁观音，春茶。"),
        ["tea", "fujian"],
        new CataloguePrice(128.5m, "CNY"),
        []);

    public static CatalogueItemEdit Route() => new(
        "tour-route",
        new LocalizedText("Quanzhou in three days", "泉州三日游"),
        new LocalizedText("Kaiyuan Temple, Qingjing Mosque, the old harbour.", "开元寺、清净寺、古港。"),
        [],
        null,
        []);

    public static MediaFile Image(string boothId) => File(boothId, MediaKinds.Image, "image/png", "logo.png");

    public static MediaFile Brochure(string boothId) => File(boothId, MediaKinds.Brochure, "application/pdf", "brochure.pdf");

    private static MediaFile File(string boothId, string kind, string type, string name)
    {
        var id = TestKeys.New("m");
        return new MediaFile(id, kind, type, 1234, name, $"{boothId}/{id}", default);
    }
}
