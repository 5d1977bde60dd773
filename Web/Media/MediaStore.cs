using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;

namespace Expo.Web.Media;

/// <summary>The booths' files in one blob container, named "{boothId}/{mediaId}" by the expo, never by the uploader.</summary>
public sealed class MediaStore(BlobServiceClient blobs, IOptions<MediaOptions> options)
{
    private readonly Lazy<Task<BlobContainerClient>> _container = new(async () =>
    {
        var container = blobs.GetBlobContainerClient(options.Value.Container);
        await container.CreateIfNotExistsAsync();
        return container;
    });

    public async Task UploadAsync(string blobName, BinaryData content, string contentType)
    {
        var blob = (await _container.Value).GetBlobClient(blobName);
        await blob.UploadAsync(content, new BlobUploadOptions
        {
            // Names are fixed by the upload's operation id: a retry rewrites the file of an attempt that was never recorded.
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
        });
    }

    /// <summary>The file's content, or null when the blob is gone.</summary>
    public async Task<Stream?> OpenAsync(string blobName)
    {
        try
        {
            return await (await _container.Value).GetBlobClient(blobName).OpenReadAsync();
        }
        catch (RequestFailedException failure) when (failure.Status == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string blobName) =>
        await (await _container.Value).GetBlobClient(blobName).DeleteIfExistsAsync();

    /// <summary>Every blob name under a booth's folder, for tests and clean-up checks.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(string boothId)
    {
        var names = new List<string>();
        await foreach (var item in (await _container.Value).GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{boothId}/", CancellationToken.None))
        {
            names.Add(item.Name);
        }

        return names;
    }
}
