using System.Text.Json;
using System.Text.Json.Nodes;

namespace Expo.Bench;

/// <summary>
/// Writes a seed file in the format of <c>Silo/Seed/demo-expo.json</c>: the demo expo (<c>haisi-2023</c>) and its
/// eight pavilions, with the demo booths replaced by <c>booths</c> generated ones spread evenly over them.
/// </summary>
public static class SeedWriter
{
    public static IReadOnlyList<string> Write(string demoSeed, int booths, string path)
    {
        var seed = JsonNode.Parse(File.ReadAllText(demoSeed))!.AsObject();
        var pavilions = seed["pavilions"]!.AsArray();
        var field = seed["fields"]![0]!["id"]!.GetValue<string>();
        foreach (var pavilion in pavilions)
        {
            pavilion!["booths"] = new JsonArray();
        }

        var ids = new List<string>();
        for (var i = 0; i < booths; i++)
        {
            var id = $"bench-booth-{i + 1:D4}";
            ids.Add(id);
            pavilions[i % pavilions.Count]!["booths"]!.AsArray().Add(new JsonObject
            {
                ["id"] = id,
                ["name"] = new JsonObject { ["en"] = $"Benchmark booth {i + 1}", ["zh"] = $"测试展位 {i + 1}" },
                ["description"] = new JsonObject { ["en"] = "A booth generated for the benchmark.", ["zh"] = "为基准测试生成的展位。" },
                ["sample"] = true,
                ["fields"] = new JsonArray(field),
            });
        }

        // The demo agreements name demo booths, which this expo does not have.
        seed["agreements"] = new JsonArray();
        File.WriteAllText(path, seed.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return ids;
    }
}
