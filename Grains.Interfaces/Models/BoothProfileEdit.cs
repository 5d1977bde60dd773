namespace Expo.Grains.Models;

/// <summary>Everything a booth's staff may change in its profile, replaced as a whole by each edit.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothProfileEdit")]
public sealed record BoothProfileEdit(
    [property: Id(0)] LocalizedText? Name,
    [property: Id(1)] LocalizedText? Tagline,
    [property: Id(2)] LocalizedText? Description,
    [property: Id(3)] IReadOnlyList<string>? Fields,
    [property: Id(4)] IReadOnlyList<ContactChannel>? Contacts,
    [property: Id(5)] OpeningHours? OpeningHours,
    [property: Id(6)] IReadOnlyList<string>? Languages = null);
