using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Expo.Backup;

/// <summary>Writes a backup folder into an account that holds none of its containers' blobs or tables' entities yet.</summary>
public sealed class Importer(StorageAccount account, string folder)
{
    // Azurite takes at most 4 MiB per appended block.
    private const int AppendBlockBytes = 4 * 1024 * 1024;

    private readonly BackupLayout _layout = new(folder);

    public async Task RunAsync()
    {
        if (!Directory.Exists(Path.Combine(_layout.Root, "blobs")))
        {
            throw new BackupException($"{_layout.Root} holds no backup.");
        }

        await RequireEmptyAsync();
        var (blobs, entities) = (0, 0);
        foreach (var container in _layout.Containers())
        {
            var client = account.Blobs.GetBlobContainerClient(container);
            await client.CreateIfNotExistsAsync();
            foreach (var line in await File.ReadAllLinesAsync(_layout.BlobIndex(container)))
            {
                var entry = JsonSerializer.Deserialize<BlobEntry>(line)!;
                var path = _layout.BlobContent(container, entry.Name);
                var headers = new BlobHttpHeaders { ContentType = entry.ContentType };
                if (entry.Kind == nameof(BlobType.Append))
                {
                    // The chat journal appends to its segments: they must come back as append blobs.
                    var append = client.GetAppendBlobClient(entry.Name);
                    await append.CreateAsync(new AppendBlobCreateOptions { HttpHeaders = headers, Metadata = entry.Metadata });
                    await using var content = File.OpenRead(path);
                    var buffer = new byte[AppendBlockBytes];
                    int read;
                    while ((read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false)) > 0)
                    {
                        await append.AppendBlockAsync(new MemoryStream(buffer, 0, read));
                    }
                }
                else if (entry.Kind == nameof(BlobType.Block))
                {
                    await client.GetBlobClient(entry.Name).UploadAsync(path, new BlobUploadOptions { HttpHeaders = headers, Metadata = entry.Metadata });
                }
                else
                {
                    throw new BackupException($"Blob '{entry.Name}' in '{container}' is a {entry.Kind} blob, which the expo never writes.");
                }

                blobs++;
            }
        }

        foreach (var table in _layout.Tables())
        {
            var client = account.Tables.GetTableClient(table);
            await client.CreateIfNotExistsAsync();
            foreach (var line in await File.ReadAllLinesAsync(_layout.Table(table)))
            {
                await client.UpsertEntityAsync(EntityJson.Read(line), TableUpdateMode.Replace);
                entities++;
            }
        }

        Console.WriteLine($"Restored {blobs} blobs and {entities} entities from {_layout.Root}");
    }

    /// <summary>A restore goes into an empty account: mixing a backup with live data would make a state nobody had.</summary>
    private async Task RequireEmptyAsync()
    {
        foreach (var container in _layout.Containers())
        {
            var client = account.Blobs.GetBlobContainerClient(container);
            if (await client.ExistsAsync() && await client.GetBlobsAsync().AsPages(pageSizeHint: 1).AnyAsync(p => p.Values.Count > 0))
            {
                throw new BackupException($"Container '{container}' already holds blobs: restore into an empty storage account.");
            }
        }

        foreach (var table in _layout.Tables())
        {
            try
            {
                await foreach (var _ in account.Tables.GetTableClient(table).QueryAsync<TableEntity>(maxPerPage: 1))
                {
                    throw new BackupException($"Table '{table}' already holds entities: restore into an empty storage account.");
                }
            }
            catch (Azure.RequestFailedException missing) when (missing.Status == 404)
            {
                // No such table yet: empty.
            }
        }
    }
}
