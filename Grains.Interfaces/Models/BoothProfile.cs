namespace Expo.Grains.Models;

/// <summary>
/// What visitors see of a booth before they walk in; the booth's staff edit everything but its id and pavilion.
/// <see cref="Languages"/> are the languages its staff serve visitors in (ISO 639-1 codes), for the directory.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.BoothProfile")]
public sealed record BoothProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string PavilionId,
    [property: Id(2)] LocalizedText Name,
    [property: Id(3)] LocalizedText Description,
    [property: Id(4)] IReadOnlyList<string> Fields,
    [property: Id(5)] bool Sample,
    [property: Id(6)] LocalizedText? Tagline = null,
    [property: Id(7)] IReadOnlyList<ContactChannel>? Contacts = null,
    [property: Id(8)] OpeningHours? OpeningHours = null,
    [property: Id(9)] IReadOnlyList<string>? Languages = null);
