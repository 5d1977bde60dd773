namespace Expo.Grains;

/// <summary>The kinds of file a booth may upload, each found from the file's bytes.</summary>
public static class MediaKinds
{
    public const string Image = "image";
    public const string Brochure = "brochure";
    public const string Video = "video";

    public const int MaxFiles = 300;
}
