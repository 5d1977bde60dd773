using Azure.Storage.Blobs;
using Expo.Grains.Negotiations.Documents;
using Expo.Silo.Storage;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Storage;

/// <summary>Agreement documents as blobs in Azurite: both parts read back, and a name once written keeps its content.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class BlobAgreementDocumentStoreTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task BothPartsReadBackUnderTheirNamesAndSavingAgainChangesNothing()
    {
        var store = new BlobAgreementDocumentStore(new BlobContainerClient(cluster.Storage.ConnectionString, $"agreements-{Guid.NewGuid():N}"));
        var hash = new string('a', 64);
        var document = new AgreementDocument("n-1", hash, "{\"version\":1,\"subject\":\"研学\"}", "<p>研学 &amp; tours</p>");

        await store.SaveAsync(document);
        await store.SaveAsync(document with { Json = "{\"version\":2}", Html = "<p>changed</p>" });

        Assert.Equal(document.Json, await store.ReadAsync($"n-1/{hash}.json"));
        Assert.Equal(document.Html, await store.ReadAsync($"n-1/{hash}.html"));
        Assert.Null(await store.ReadAsync($"n-1/{new string('b', 64)}.json"));
    }
}
