using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Expo.Web.Storage;

/// <summary>
/// Keeps the Data Protection key ring as one blob per key, so a cookie or token issued by one Web node is
/// accepted by every other. Keys are never overwritten: two nodes creating keys at once both keep theirs.
/// </summary>
internal sealed class BlobXmlRepository(BlobContainerClient container) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        container.CreateIfNotExists();
        var elements = new List<XElement>();
        foreach (var item in container.GetBlobs())
        {
            using var stream = container.GetBlobClient(item.Name).OpenRead();
            elements.Add(XElement.Load(stream));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        container.CreateIfNotExists();
        using var content = new MemoryStream();
        element.Save(content, SaveOptions.DisableFormatting);
        content.Position = 0;
        try
        {
            container.GetBlobClient($"{friendlyName}-{Guid.NewGuid():N}.xml").Upload(content, overwrite: false);
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status409Conflict)
        {
            // The same element is already stored; nothing to do.
        }
    }
}
