using System.Text;
using System.Text.Json;
using Expo.Grains.Models;

namespace Expo.Grains.Booths.Journal;

/// <summary>
/// One write of a journal shard: the trims since the previous write (booth id to the last sequence its own state now
/// holds) and the lines appended since, in the order they came. Stored as one line of JSON per block, so a segment
/// reads back as lines of JSON, and people can read it too.
/// </summary>
public sealed record JournalRecord(IReadOnlyDictionary<string, long> Trims, IReadOnlyList<ChatMessage> Lines)
{
    /// <summary>Well below the 4 MiB an append block may hold, with room for JSON escapes.</summary>
    public const int MaxBlockBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The record as blocks of at most <paramref name="maxBlockBytes"/> each (lines split over several records when
    /// needed; the trims ride in the first). Each block is a whole record, so a reader never sees half of one.
    /// </summary>
    public IReadOnlyList<byte[]> ToBlocks(int maxBlockBytes = MaxBlockBytes)
    {
        var bytes = Encode(this);
        if (bytes.Length <= maxBlockBytes || Lines.Count <= 1)
        {
            return bytes.Length <= maxBlockBytes
                ? [bytes]
                : throw new InvalidOperationException($"A journal record of {bytes.Length} bytes does not fit in a block.");
        }

        var half = Lines.Count / 2;
        return [
            .. new JournalRecord(Trims, [.. Lines.Take(half)]).ToBlocks(maxBlockBytes),
            .. new JournalRecord(new Dictionary<string, long>(), [.. Lines.Skip(half)]).ToBlocks(maxBlockBytes),
        ];
    }

    /// <summary>The records of a segment, in the order they were written.</summary>
    public static IEnumerable<JournalRecord> Read(byte[] segment)
    {
        var start = 0;
        while (start < segment.Length)
        {
            var end = Array.IndexOf(segment, (byte)'\n', start);
            if (end < 0)
            {
                throw new InvalidDataException("A journal segment ends inside a record.");
            }

            yield return JsonSerializer.Deserialize<JournalRecord>(segment.AsSpan(start, end - start), Json)
                ?? throw new InvalidDataException("A journal segment holds an empty record.");
            start = end + 1;
        }
    }

    private static byte[] Encode(JournalRecord record)
    {
        // JSON escapes every newline inside strings, so the one at the end is the only one in the record.
        var json = JsonSerializer.SerializeToUtf8Bytes(record, Json);
        var bytes = new byte[json.Length + 1];
        json.CopyTo(bytes, 0);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    public override string ToString() => Encoding.UTF8.GetString(Encode(this));
}
