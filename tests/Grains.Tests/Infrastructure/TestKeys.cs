namespace Expo.Grains.Tests.Infrastructure;

/// <summary>Fresh grain keys, so no test sees another test's booths, visitors or counts.</summary>
internal static class TestKeys
{
    public static string New(string prefix = "t") => $"{prefix}-{Guid.NewGuid():N}";

    public static VisitorRef Visitor(string name = "Ada") => new(New("v"), name);

    public static BoothProfile Profile(string boothId, string pavilionId = "t-pavilion") => new(
        boothId,
        pavilionId,
        new LocalizedText("Test booth", "测试展位"),
        new LocalizedText("A booth made by a test.", "测试创建的展位。"),
        ["tourism"],
        Sample: true);
}
