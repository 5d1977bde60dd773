using Expo.Grains.Models;

namespace Expo.Silo.Seeding;

/// <summary>The shape of <c>Seed/demo-expo.json</c>: the demo expo drawn from the source article.</summary>
internal sealed record SeedFile(
    LocalizedText SampleDataNote,
    SeedExpo Expo,
    IReadOnlyList<FieldOfCooperation> Fields,
    IReadOnlyList<SeedPavilion> Pavilions,
    IReadOnlyList<AgreementRecord> Agreements);

internal sealed record SeedExpo(string Id, LocalizedText Name, LocalizedText Tagline, LocalizedText Description);

internal sealed record SeedPavilion(
    string Id,
    string Kind,
    LocalizedText Name,
    LocalizedText Province,
    LocalizedText Heritage,
    bool HeritageSample,
    IReadOnlyList<SeedBooth> Booths);

internal sealed record SeedBooth(
    string Id, LocalizedText Name, LocalizedText Description, bool Sample, IReadOnlyList<string> Fields, IReadOnlyList<string>? Languages = null);
