using System.Security.Cryptography;
using System.Text;
using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Expo.Web.Media;

/// <summary>
/// Takes an upload from the request body: asks the booth's catalogue first whether the actor is on its staff now (and
/// whether this operation id already added a file), reads the body only up to the limit of the kind its first bytes
/// claim, finds its type from its bytes, stores it under a name fixed by the operation id and has the catalogue record
/// it. A refusal leaves no blob and no record; a retry after a failure converges on one file with one record.
/// </summary>
public sealed class MediaUploads(MediaStore store, IClusterClient cluster, IOptions<MediaOptions> options)
{
    public const int MaxFileNameLength = 120;

    public async Task<MediaFile> UploadAsync(string boothId, string actorId, string operationId, string? fileName, HttpContext http)
    {
        var limits = options.Value;
        var catalogue = cluster.GetGrain<IBoothCatalogueGrain>(boothId);
        var done = await catalogue.PrepareUploadAsync(actorId, operationId);
        if (done is not null)
        {
            return done;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limits.MaxAny + 1;
        }

        if (http.Request.ContentLength > limits.MaxAny)
        {
            throw MediaBody.TooLarge(null, limits.MaxAny);
        }

        var name = CleanFileName(fileName);
        var bytes = await MediaBody.ReadWithinLimitAsync(http.Request.Body, limits, http.RequestAborted);
        var sniffed = MediaSniffer.Sniff(bytes) ?? throw MediaBody.NotAFile();
        if (bytes.Length > limits.MaxOf(sniffed.Kind))
        {
            throw MediaBody.TooLarge(sniffed.Kind, limits.MaxOf(sniffed.Kind));
        }

        // The same operation id always names the same file, so a retry rewrites that blob rather than leaving another.
        var id = MediaId(actorId, operationId);
        var media = new MediaFile(id, sniffed.Kind, sniffed.ContentType, bytes.Length,
            $"{Path.GetFileNameWithoutExtension(name)}.{sniffed.Extension}", $"{boothId}/{id}", default);
        await store.UploadAsync(media.BlobName, new BinaryData(bytes), media.ContentType);
        try
        {
            return await catalogue.AddMediaAsync(actorId, operationId, media);
        }
        catch (ExpoException refusal) when (refusal.Code != ExpoErrors.Unavailable)
        {
            // Refused for good: no record points at the file. After `unavailable` the record may have landed, so the
            // file stays for the retry, which finds the record (or records it) under the same name.
            await store.DeleteAsync(media.BlobName);
            throw;
        }
    }

    private static string MediaId(string actorId, string operationId) =>
        "m-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{actorId}\n{operationId}")))[..32];

    private static string CleanFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\'))]);
        return name.Length is > 0 and <= MaxFileNameLength ? name
            : name.Length > MaxFileNameLength ? name[^MaxFileNameLength..]
            : "file";
    }

}
