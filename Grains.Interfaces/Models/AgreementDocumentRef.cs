namespace Expo.Grains.Models;

/// <summary>
/// The agreement document of an agreed version: a JSON record and a printable bilingual HTML page, stored as blobs
/// under names made of the negotiation id and <see cref="ContentHash"/> (lowercase hex SHA-256 of the JSON record).
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.AgreementDocumentRef")]
public sealed record AgreementDocumentRef(
    [property: Id(0)] int Version,
    [property: Id(1)] string ContentHash,
    [property: Id(2)] string JsonName,
    [property: Id(3)] string HtmlName,
    [property: Id(4)] DateTimeOffset CreatedAt);
