using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Expo.Web.Media;

/// <summary>
/// Takes an upload from the request body: reads at most the largest allowed size, finds its type from its bytes, checks
/// that kind's limit, stores it under a generated name and has the booth's catalogue record it. Any refusal leaves no
/// blob and no record behind.
/// </summary>
public sealed class MediaUploads(MediaStore store, IClusterClient cluster, IOptions<MediaOptions> options)
{
    public const int MaxFileNameLength = 120;

    public async Task<MediaFile> UploadAsync(string boothId, string actorId, string operationId, string? fileName, HttpContext http)
    {
        var limits = options.Value;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limits.MaxAny + 1;
        }

        var name = CleanFileName(fileName);
        var bytes = await ReadAtMostAsync(http.Request.Body, limits.MaxAny, http.RequestAborted);
        if (bytes is null)
        {
            throw ExpoException.Invalid($"The file is larger than the largest upload allowed ({Megabytes(limits.MaxAny)}).");
        }

        var sniffed = MediaSniffer.Sniff(bytes)
            ?? throw ExpoException.Invalid(
                "The file is not a complete PNG, JPEG, WebP or GIF image, PDF brochure or MP4/WebM video; its content was checked, not its name.");
        if (bytes.Length > limits.MaxOf(sniffed.Kind))
        {
            throw ExpoException.Invalid($"A {sniffed.Kind} file is at most {Megabytes(limits.MaxOf(sniffed.Kind))}; this one is {Megabytes(bytes.Length)}.");
        }

        var id = $"m-{Guid.NewGuid():N}";
        var media = new MediaFile(id, sniffed.Kind, sniffed.ContentType, bytes.Length,
            $"{Path.GetFileNameWithoutExtension(name)}.{sniffed.Extension}", $"{boothId}/{id}", default);
        await store.UploadAsync(media.BlobName, new BinaryData(bytes), media.ContentType);
        MediaFile recorded;
        try
        {
            recorded = await GrainCalls.TimeAsync("catalogue.add-media",
                () => cluster.GetGrain<IBoothCatalogueGrain>(boothId).AddMediaAsync(actorId, operationId, media));
        }
        catch
        {
            await store.DeleteAsync(media.BlobName);
            throw;
        }

        if (recorded.Id != id)
        {
            // A retried upload: the first one's file is the booth's, this copy is nobody's.
            await store.DeleteAsync(media.BlobName);
        }

        return recorded;
    }

    private static string CleanFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\'))]);
        return name.Length is > 0 and <= MaxFileNameLength ? name
            : name.Length > MaxFileNameLength ? name[^MaxFileNameLength..]
            : "file";
    }

    /// <summary>The whole body, or null as soon as it proves longer than <paramref name="max"/>.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, long max, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MiB";
}
