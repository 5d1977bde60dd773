using System.Text.Json;

namespace Expo.Bench.Baseline;

/// <summary>The expo this node serves, read from a seed file in the format of <c>Silo/Seed/demo-expo.json</c>.</summary>
public sealed class Catalogue
{
    private Catalogue(SeedFile seed)
    {
        Seed = seed;
        Booths = seed.Pavilions
            .SelectMany(p => p.Booths.Select(b => new BoothProfile(b.Id, p.Id, b.Name, b.Description, b.Fields, b.Sample)))
            .ToDictionary(b => b.Id);
    }

    public SeedFile Seed { get; }

    public IReadOnlyDictionary<string, BoothProfile> Booths { get; }

    public static Catalogue Load(string path)
    {
        using var stream = File.OpenRead(path);
        var seed = JsonSerializer.Deserialize<SeedFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"Seed file '{path}' is empty.");
        return new Catalogue(seed);
    }

    /// <summary>The expo as <c>GET /api/expo</c> shows it, with the live counts.</summary>
    public ExpoView View(Func<string, int> countOf)
    {
        var pavilions = Seed.Pavilions.Select(p =>
        {
            var booths = p.Booths.Select(b => new BoothView(b.Id, p.Id, b.Name, b.Description, b.Fields, b.Sample, countOf(b.Id))).ToList();
            return new PavilionView(p.Id, p.Kind, p.Name, p.Province, p.Heritage, p.HeritageSample, booths, booths.Sum(b => b.Count));
        }).ToList();
        return new ExpoView(Seed.Expo.Id, Seed.Expo.Name, Seed.Expo.Tagline, Seed.Expo.Description, Seed.Fields, pavilions, pavilions.Sum(p => p.Count));
    }
}

public sealed record SeedFile(SeedExpo Expo, IReadOnlyList<SeedField> Fields, IReadOnlyList<SeedPavilion> Pavilions);

public sealed record SeedExpo(string Id, LocalizedText Name, LocalizedText Tagline, LocalizedText Description);

public sealed record SeedField(string Id, LocalizedText Name);

public sealed record SeedPavilion(
    string Id, string Kind, LocalizedText Name, LocalizedText Province, LocalizedText Heritage, bool HeritageSample, IReadOnlyList<SeedBooth> Booths);

public sealed record SeedBooth(string Id, LocalizedText Name, LocalizedText Description, bool Sample, IReadOnlyList<string> Fields);

public sealed record ExpoView(
    string Id, LocalizedText Name, LocalizedText Tagline, LocalizedText Description, IReadOnlyList<SeedField> Fields, IReadOnlyList<PavilionView> Pavilions, int Count);

public sealed record PavilionView(
    string Id, string Kind, LocalizedText Name, LocalizedText Province, LocalizedText Heritage, bool HeritageSample, IReadOnlyList<BoothView> Booths, int Count);

public sealed record BoothView(
    string Id, string PavilionId, LocalizedText Name, LocalizedText Description, IReadOnlyList<string> Fields, bool Sample, int Count);
