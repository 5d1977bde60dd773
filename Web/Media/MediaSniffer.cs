using System.Buffers.Binary;
using System.Text;
using Expo.Grains;

namespace Expo.Web.Media;

/// <summary>
/// Finds a file's type from its bytes alone: its signature, and where the format has one, an ending a complete file
/// must have, so a truncated upload is refused too. File names and declared types are never consulted.
/// </summary>
public static class MediaSniffer
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PngEnd = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];
    private static readonly byte[] WebM = [0x1A, 0x45, 0xDF, 0xA3];

    /// <summary>The bytes a file's first chunk needs for <see cref="KindOf"/>.</summary>
    public const int SignatureBytes = 16;

    /// <summary>
    /// The kind a file's first bytes claim, from its signature alone (null: none accepted), so its size limit applies
    /// while the rest streams in; <see cref="Sniff"/> checks the whole file after.
    /// </summary>
    public static string? KindOf(ReadOnlySpan<byte> head) =>
        head.StartsWith(Png) || (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
            || Ascii(head, 0, "GIF87a") || Ascii(head, 0, "GIF89a") || (Ascii(head, 0, "RIFF") && Ascii(head, 8, "WEBP"))
            ? MediaKinds.Image
            : Ascii(head, 0, "%PDF-") ? MediaKinds.Brochure
            : Ascii(head, 4, "ftyp") || head.StartsWith(WebM) ? MediaKinds.Video
            : null;

    /// <summary>Null when the bytes are none of the accepted formats, or an incomplete one.</summary>
    public static SniffedMedia? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Png) && bytes.Length >= 33 && Ascii(bytes, 12, "IHDR") && bytes.EndsWith(PngEnd))
        {
            return new(MediaKinds.Image, "image/png", "png");
        }

        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF && bytes[^2] == 0xFF && bytes[^1] == 0xD9)
        {
            return new(MediaKinds.Image, "image/jpeg", "jpg");
        }

        if ((Ascii(bytes, 0, "GIF87a") || Ascii(bytes, 0, "GIF89a")) && bytes.Length > 13 && bytes[^1] == 0x3B)
        {
            return new(MediaKinds.Image, "image/gif", "gif");
        }

        if (Ascii(bytes, 0, "RIFF") && Ascii(bytes, 8, "WEBP") && BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]) + 8L == bytes.Length)
        {
            return new(MediaKinds.Image, "image/webp", "webp");
        }

        if (Ascii(bytes, 0, "%PDF-") && bytes[Math.Max(0, bytes.Length - 1024)..].IndexOf("%%EOF"u8) >= 0)
        {
            return new(MediaKinds.Brochure, "application/pdf", "pdf");
        }

        if (Ascii(bytes, 4, "ftyp") && BinaryPrimitives.ReadUInt32BigEndian(bytes) is >= 16 and var box && box <= bytes.Length && IsMp4(bytes, (int)box))
        {
            return new(MediaKinds.Video, "video/mp4", "mp4");
        }

        if (bytes.StartsWith(WebM) && bytes[..Math.Min(bytes.Length, 64)].IndexOf("webm"u8) >= 0)
        {
            return new(MediaKinds.Video, "video/webm", "webm");
        }

        return null;
    }

    /// <summary>A complete MP4 is a chain of boxes whose sizes add up to the file's length.</summary>
    private static bool IsMp4(ReadOnlySpan<byte> bytes, int first)
    {
        long at = first;
        while (at + 8 <= bytes.Length)
        {
            long size = BinaryPrimitives.ReadUInt32BigEndian(bytes[(int)at..]);
            if (size == 1 && at + 16 <= bytes.Length)
            {
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(bytes[(int)(at + 8)..]);
            }

            if (size < 8)
            {
                return false;
            }

            at += size;
        }

        return at == bytes.Length;
    }

    private static bool Ascii(ReadOnlySpan<byte> bytes, int offset, string text) =>
        bytes.Length >= offset + text.Length && bytes.Slice(offset, text.Length).SequenceEqual(Encoding.ASCII.GetBytes(text));
}
