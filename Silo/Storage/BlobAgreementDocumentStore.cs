using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Expo.Grains.Negotiations.Documents;

namespace Expo.Silo.Storage;

/// <summary>
/// Agreement documents as block blobs named <c>{negotiationId}/{contentHash}.json|html</c>. A name is written once:
/// the same name always holds the same content, so a second write (a retry) finding the blob there is done.
/// </summary>
public sealed class BlobAgreementDocumentStore(BlobContainerClient container) : IAgreementDocumentStore
{
    public const string ContainerName = "agreements";

    private readonly Lazy<Task> _created = new(() => container.CreateIfNotExistsAsync());

    public async Task SaveAsync(AgreementDocument document)
    {
        await _created.Value;
        await Task.WhenAll(
            WriteOnceAsync(document.JsonName, document.Json, "application/json; charset=utf-8"),
            WriteOnceAsync(document.HtmlName, document.Html, "text/html; charset=utf-8"));
    }

    public async Task<string?> ReadAsync(string name)
    {
        await _created.Value;
        try
        {
            var content = await container.GetBlobClient(name).DownloadContentAsync();
            return content.Value.Content.ToString();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private async Task WriteOnceAsync(string name, string text, string contentType)
    {
        try
        {
            await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(text), new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            });
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Written before, by this document or an earlier attempt at it: the name fixes the content.
        }
    }
}
