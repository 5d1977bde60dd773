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
    public static IServiceCollection AddExpoStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is required.");
        services.AddSingleton(new BlobServiceClient(connectionString));
        services.AddDataProtection().SetApplicationName("silk-road-expo");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            var container = sp.GetRequiredService<IOptions<ExpoOptions>>().Value.DataProtectionContainer;
            o.XmlRepository = new BlobXmlRepository(sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(container));
        }));
        return services;
    }
}
