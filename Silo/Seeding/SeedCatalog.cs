using System.Text.Json;
using Expo.Grains.Models;

namespace Expo.Silo.Seeding;

/// <summary>Reads a seed file into the catalogue the expo grain stores.</summary>
public static class SeedCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Seed", "demo-expo.json");

    public static async Task<ExpoDefinition> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        var seed = await JsonSerializer.DeserializeAsync<SeedFile>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"Seed file '{path}' is empty.");
        return ToDefinition(seed);
    }

    private static ExpoDefinition ToDefinition(SeedFile seed) => new(
        seed.Expo.Id,
        seed.Expo.Name,
        seed.Expo.Tagline,
        seed.Expo.Description,
        seed.Fields,
        [.. seed.Pavilions.Select(p => new PavilionProfile(
            p.Id,
            p.Kind,
            p.Name,
            p.Province,
            p.Heritage,
            [.. p.Booths.Select(b => new BoothProfile(b.Id, p.Id, b.Name, b.Description, b.Fields, b.Sample, Languages: b.Languages ?? ["zh"]))],
            p.HeritageSample))],
        seed.Agreements);
}
