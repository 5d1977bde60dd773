using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Expo.Grains.Expo.History;
using Expo.Grains.Models;

namespace Expo.Silo.Storage;

/// <summary>
/// Attendance samples as lines of JSON in one append blob per expo and UTC day (<c>{expoId}/{yyyy-MM-dd}.jsonl</c>):
/// one small request per sample, and a day reads back in one download.
/// </summary>
public sealed class BlobAttendanceHistoryStore(BlobContainerClient container) : IAttendanceHistoryStore
{
    public const string ContainerName = "attendance-history";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lazy<Task> _created = new(() => container.CreateIfNotExistsAsync());
    private readonly ConcurrentDictionary<string, Task> _days = new();

    public async Task AppendAsync(string expoId, AttendanceSample sample)
    {
        await _created.Value;
        var blob = Day(expoId, DateOnly.FromDateTime(sample.At.UtcDateTime));
        await _days.GetOrAdd(blob.Name, _ => blob.CreateIfNotExistsAsync());
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(sample, Json) + "\n");
        using var stream = new MemoryStream(line, writable: false);
        await blob.AppendBlockAsync(stream);
    }

    public async Task<IReadOnlyList<AttendanceSample>> ReadDayAsync(string expoId, DateOnly day)
    {
        await _created.Value;
        try
        {
            var content = await Day(expoId, day).DownloadContentAsync();
            return [.. content.Value.Content.ToString()
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonSerializer.Deserialize<AttendanceSample>(line, Json)!)];
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return [];
        }
    }

    private AppendBlobClient Day(string expoId, DateOnly day) =>
        container.GetAppendBlobClient($"{expoId}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.jsonl");
}
