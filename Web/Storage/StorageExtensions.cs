using Azure.Storage.Blobs;
using Expo.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Expo.Web.Storage;

public static class StorageExtensions
{
    public const string ConnectionName = "ExpoStorage";

    /// <summary>The expo's Azure Storage account (Azurite locally) and the shared Data Protection key ring kept in it.</summary>
    public static IServiceCollection AddExpoStorage(this IServiceCollection services)
    {
        // Resolved on first use, so settings added by a test host or a secret store after start-up still apply.
        services.AddSingleton(sp => new BlobServiceClient(
            sp.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is required.")));
        services.AddDataProtection().SetApplicationName("silk-road-expo");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            var container = sp.GetRequiredService<IOptions<ExpoOptions>>().Value.DataProtectionContainer;
            o.XmlRepository = new BlobXmlRepository(sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(container));
            KeyProtection.Apply(o, sp);
        }));
        services.AddSingleton<KeyEncryptionKeys>();
        return services;
    }
}
