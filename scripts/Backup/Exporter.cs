using System.Text.Json;
using Azure.Storage.Blobs.Models;

namespace Expo.Backup;

/// <summary>Writes every blob container and every table (but membership) of the account into a folder.</summary>
public sealed class Exporter(StorageAccount account, string folder)
{
    private readonly BackupLayout _layout = new(folder);

    public async Task RunAsync()
    {
        if (Directory.Exists(_layout.Root) && Directory.EnumerateFileSystemEntries(_layout.Root).Any())
        {
            throw new BackupException($"{_layout.Root} is not empty: give a new folder for the backup.");
        }

        Directory.CreateDirectory(Path.Combine(_layout.Root, "blobs"));
        Directory.CreateDirectory(Path.Combine(_layout.Root, "tables"));
        var (blobs, bytes, entities) = (0, 0L, 0);
        await foreach (var container in account.Blobs.GetBlobContainersAsync())
        {
            var client = account.Blobs.GetBlobContainerClient(container.Name);
            await using var index = new StreamWriter(_layout.BlobIndex(container.Name));
            await foreach (var blob in client.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }))
            {
                var path = _layout.BlobContent(container.Name, blob.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await client.GetBlobClient(blob.Name).DownloadToAsync(path);
                var length = new FileInfo(path).Length;
                var entry = new BlobEntry(blob.Name, blob.Properties.BlobType?.ToString() ?? "Block", blob.Properties.ContentType, blob.Metadata, length);
                await index.WriteLineAsync(JsonSerializer.Serialize(entry, EntityJson.Options));
                (blobs, bytes) = (blobs + 1, bytes + length);
            }
        }

        var tables = 0;
        await foreach (var table in account.Tables.QueryAsync())
        {
            if (StorageAccount.SkippedTables.Contains(table.Name))
            {
                continue;
            }

            tables++;
            await using var lines = new StreamWriter(_layout.Table(table.Name));
            await foreach (var entity in account.Tables.GetTableClient(table.Name).QueryAsync<Azure.Data.Tables.TableEntity>())
            {
                await lines.WriteLineAsync(EntityJson.Write(entity));
                entities++;
            }
        }

        Console.WriteLine($"Exported {blobs} blobs ({bytes / 1024.0 / 1024.0:F1} MiB) in {_layout.Containers().Count()} containers " +
            $"and {entities} entities in {tables} tables to {_layout.Root}");
    }
}
