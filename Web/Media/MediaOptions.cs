using Expo.Grains;

namespace Expo.Web.Media;

/// <summary>Bound from <c>Expo:Media</c>: where uploads go and how large each kind may be.</summary>
public sealed class MediaOptions
{
    public const string Section = "Expo:Media";

    public string Container { get; set; } = "expo-media";

    public long MaxImageBytes { get; set; } = 5 * 1024 * 1024;

    public long MaxBrochureBytes { get; set; } = 20 * 1024 * 1024;

    public long MaxVideoBytes { get; set; } = 50 * 1024 * 1024;

    public long MaxOf(string kind) => kind switch
    {
        MediaKinds.Image => MaxImageBytes,
        MediaKinds.Brochure => MaxBrochureBytes,
        _ => MaxVideoBytes,
    };

    public long MaxAny => Math.Max(MaxImageBytes, Math.Max(MaxBrochureBytes, MaxVideoBytes));

    public string? Validate() =>
        string.IsNullOrWhiteSpace(Container) ? "Expo:Media:Container is required."
        : MaxImageBytes < 1 || MaxBrochureBytes < 1 || MaxVideoBytes < 1 ? "Expo:Media size limits must be positive."
        : null;
}
