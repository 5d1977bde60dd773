using System.Text;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>Small files of each accepted format, and files that only pretend to be one.</summary>
public static class MediaSamples
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    /// <summary>A 1×1 GIF.</summary>
    public static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static readonly byte[] WebP = Riff("WEBP", [.. "VP8L"u8, 0x05, 0x00, 0x00, 0x00, 0x2F, 0x00, 0x00, 0x00, 0x00, 0x00]);

    public static byte[] Pdf(int padding = 0) => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + new string('%', padding) + "\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>An ftyp box and an empty moov box: a complete chain of MP4 boxes.</summary>
    public static readonly byte[] Mp4 = [0, 0, 0, 20, .. "ftypisom"u8, 0, 0, 2, 0, .. "isom"u8, 0, 0, 0, 8, .. "moov"u8];

    public static readonly byte[] WebM = [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, .. "webm"u8, 0x18, 0x53, 0x80, 0x67];

    public static readonly byte[] Html = Encoding.UTF8.GetBytes("<!doctype html><script>alert(document.cookie)</script>");

    public static readonly byte[] Svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");

    public static byte[] Truncated(byte[] file) => file[..(file.Length / 2)];

    private static byte[] Riff(string form, byte[] body) =>
        [.. "RIFF"u8, .. BitConverter.GetBytes((uint)(4 + body.Length)), .. Encoding.ASCII.GetBytes(form), .. body];
}
