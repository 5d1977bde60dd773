using Expo.Grains;

namespace Expo.Web.Media;

/// <summary>
/// Reads an upload's body no further than its kind allows: the kind its first bytes claim sets the limit while the
/// rest streams in, so an image stops at the image limit though a video may be larger.
/// </summary>
public static class MediaBody
{
    /// <summary>The whole body, cut off as soon as it proves longer than the kind its first bytes claim may be.</summary>
    public static async Task<byte[]> ReadWithinLimitAsync(Stream body, MediaOptions limits, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        string? kind = null;
        var max = limits.MaxAny;
        int read;
        while ((read = await body.ReadAsync(chunk, cancellation)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (kind is null && buffer.Length >= MediaSniffer.SignatureBytes)
            {
                kind = MediaSniffer.KindOf(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) ?? throw NotAFile();
                max = limits.MaxOf(kind);
            }

            if (buffer.Length > max)
            {
                throw TooLarge(kind, max);
            }
        }

        return buffer.ToArray();
    }

    public static ExpoException NotAFile() => ExpoException.Invalid(
        "The file is not a complete PNG, JPEG, WebP or GIF image, PDF brochure or MP4/WebM video; its content was checked, not its name.");

    public static ExpoException TooLarge(string? kind, long max) => new(ExpoErrors.TooLarge, kind is null
        ? $"The file is larger than the largest upload allowed ({Megabytes(max)})."
        : $"A {kind} file is at most {Megabytes(max)}; reading stopped there.");

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MiB";
}
