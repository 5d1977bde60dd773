using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Expo.Backup;

/// <summary>The blob and table services of one storage account, and what of it a backup holds.</summary>
public sealed class StorageAccount(string connectionString)
{
    /// <summary>
    /// Orleans' membership table lists the processes of a running cluster: restored, its dead entries would only make
    /// new Silos wait for them to be declared dead. Everything else is the expo's data.
    /// </summary>
    public static readonly IReadOnlySet<string> SkippedTables = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "OrleansSiloInstances" };

    public BlobServiceClient Blobs { get; } = new(connectionString);

    public TableServiceClient Tables { get; } = new(connectionString);
}
