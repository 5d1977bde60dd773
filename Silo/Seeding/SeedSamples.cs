using System.Text.Json;
using Expo.Grains.Models;

namespace Expo.Silo.Seeding;

/// <summary>
/// Reads <c>Seed/demo-catalogue.json</c>: sample catalogue items for every booth of the demo, each with the key of the
/// picture the expo draws for it. The items are checked by the catalogue's own rules when the booth stores them.
/// </summary>
public static class SeedSamples
{
    public const string FileName = "demo-catalogue.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The sample items of each booth, by booth id; none when the file is missing (an expo without samples).</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<CatalogueItem>>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            return new Dictionary<string, IReadOnlyList<CatalogueItem>>();
        }

        await using var stream = File.OpenRead(path);
        var seed = await JsonSerializer.DeserializeAsync<SeedSamplesFile>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"Seed file '{path}' is empty.");
        return seed.Booths.ToDictionary(
            b => b.Key,
            b => (IReadOnlyList<CatalogueItem>)[.. b.Value.Select(i => new CatalogueItem(
                i.Id, i.Kind, i.Title, i.Description, [], i.Price, [], Hidden: false, DateTimeOffset.UnixEpoch, Sample: true, i.Artwork))]);
    }
}

internal sealed record SeedSamplesFile(LocalizedText SampleDataNote, IReadOnlyDictionary<string, IReadOnlyList<SeedSampleItem>> Booths);

internal sealed record SeedSampleItem(string Id, string Kind, string Artwork, LocalizedText Title, LocalizedText Description, CataloguePrice? Price);
