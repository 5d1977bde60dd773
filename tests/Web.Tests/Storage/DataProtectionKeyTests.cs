using System.Net;
using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Expo.Web.Tests.Storage;

/// <summary>With a key-encryption key configured, the session keys in blob storage are ciphertext, and another node decrypts them.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class DataProtectionKeyTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task KeysAreStoredEncryptedAndEveryNodeWithTheKeyAcceptsTheSession()
    {
        var container = $"dp-{Guid.NewGuid():N}";
        var settings = new Dictionary<string, string?>
        {
            ["Expo:DataProtectionContainer"] = container,
            ["Expo:DataProtection:KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        await using var first = Node(settings);
        await using var second = Node(settings);

        var lin = await AccountClient.GuestAsync(first);
        using var onSecond = lin.Bearer(second);

        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/api/auth/me")).StatusCode);
        var blobs = new BlobServiceClient(cluster.Storage.ConnectionString).GetBlobContainerClient(container);
        var stored = new List<string>();
        await foreach (var blob in blobs.GetBlobsAsync())
        {
            stored.Add((await blobs.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString());
        }

        Assert.NotEmpty(stored);
        Assert.All(stored, xml => Assert.Contains("aesGcmEncrypted", xml));
        Assert.All(stored, xml => Assert.DoesNotContain("<masterKey", xml));
    }

    private WebApplicationFactory<Program> Node(Dictionary<string, string?> settings) =>
        cluster.WebA.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings)));
}
