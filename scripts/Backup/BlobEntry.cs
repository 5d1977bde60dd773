using System.Text.Json.Serialization;

namespace Expo.Backup;

/// <summary>One blob's line in a container's index: append blobs (the chat journal) must come back as append blobs.</summary>
public sealed record BlobEntry(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("contentType")] string? ContentType,
    [property: JsonPropertyName("metadata")] IDictionary<string, string> Metadata,
    [property: JsonPropertyName("length")] long Length);
