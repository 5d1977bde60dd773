namespace Expo.Grains.Models;

/// <summary>
/// A file the booth's staff uploaded, as its bytes proved it to be: <see cref="Kind"/> is image, brochure or video and
/// <see cref="ContentType"/> the type found in the content, never the one declared.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.MediaFile")]
public sealed record MediaFile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string ContentType,
    [property: Id(3)] long Length,
    [property: Id(4)] string FileName,
    [property: Id(5)] string BlobName,
    [property: Id(6)] DateTimeOffset UploadedAt);
