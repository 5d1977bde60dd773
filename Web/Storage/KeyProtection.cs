using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Expo.Web.Storage;

/// <summary>
/// Encrypts the Data Protection keys before they reach blob storage, with AES-256-GCM under a key-encryption key from
/// configuration (<c>Expo:DataProtection:KeyEncryptionKey</c>, 32 bytes in base64, from a secret store or the
/// environment, never from storage): whoever reads the storage account or a backup of it cannot forge sessions without
/// it too. Keys written under an earlier key-encryption key stay readable while it is listed in
/// <c>PreviousKeyEncryptionKeys</c>. Without a key the keys are stored unencrypted, which Production warns about.
/// </summary>
internal static partial class KeyProtection
{
    public const string Section = "Expo:DataProtection";

    public static void Apply(KeyManagementOptions options, IServiceProvider services)
    {
        var keys = services.GetRequiredService<KeyEncryptionKeys>();
        if (keys.Current is not null)
        {
            options.XmlEncryptor = new AesGcmXmlEncryptor(keys);
        }
        else if (services.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            LogUnprotected(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KeyProtection)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data Protection keys are stored unencrypted; set Expo:DataProtection:KeyEncryptionKey to encrypt them")]
    private static partial void LogUnprotected(ILogger logger);
}
