namespace Expo.Backup;

/// <summary>
/// Where a backup keeps things: <c>blobs/&lt;container&gt;/&lt;blob name&gt;</c> for contents, <c>blobs/&lt;container&gt;.jsonl</c> for
/// each blob's kind, content type and metadata, <c>tables/&lt;table&gt;.jsonl</c> for each table's entities.
/// </summary>
public sealed class BackupLayout(string folder)
{
    public string Root { get; } = Path.GetFullPath(folder);

    public string BlobIndex(string container) => Path.Combine(Root, "blobs", $"{container}.jsonl");

    public string BlobContent(string container, string blobName)
    {
        // Blob names come from the account; one that climbs out of its folder is refused rather than written elsewhere.
        var path = Path.GetFullPath(Path.Combine(Root, "blobs", container, blobName));
        if (!path.StartsWith(Path.Combine(Root, "blobs", container) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new BackupException($"Blob name '{blobName}' in '{container}' does not fit a file path.");
        }

        return path;
    }

    public string Table(string table) => Path.Combine(Root, "tables", $"{table}.jsonl");

    public IEnumerable<string> Containers() =>
        Directory.Exists(Path.Combine(Root, "blobs"))
            ? Directory.GetFiles(Path.Combine(Root, "blobs"), "*.jsonl").Select(f => Path.GetFileNameWithoutExtension(f)).Order()
            : [];

    public IEnumerable<string> Tables() =>
        Directory.Exists(Path.Combine(Root, "tables"))
            ? Directory.GetFiles(Path.Combine(Root, "tables"), "*.jsonl").Select(f => Path.GetFileNameWithoutExtension(f)).Order()
            : [];
}
