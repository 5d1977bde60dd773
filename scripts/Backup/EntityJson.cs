using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;

namespace Expo.Backup;

/// <summary>
/// A table entity as one JSON line that keeps each property's Edm type, so a restored entity reads back exactly as
/// it was written (an Int64 stays an Int64, a date a date).
/// </summary>
public static class EntityJson
{
    private static readonly HashSet<string> Skipped = ["odata.etag", "Timestamp", "PartitionKey", "RowKey"];

    public static string Write(TableEntity entity)
    {
        var properties = new JsonObject();
        foreach (var (name, value) in entity.Where(p => !Skipped.Contains(p.Key) && p.Value is not null))
        {
            var (type, text) = value switch
            {
                string s => ("String", s),
                bool b => ("Boolean", b ? "true" : "false"),
                int i => ("Int32", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                long l => ("Int64", l.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                double d => ("Double", d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
                DateTimeOffset t => ("DateTime", t.ToString("O")),
                DateTime t => ("DateTime", new DateTimeOffset(t.ToUniversalTime()).ToString("O")),
                Guid g => ("Guid", g.ToString()),
                byte[] bytes => ("Binary", Convert.ToBase64String(bytes)),
                BinaryData data => ("Binary", Convert.ToBase64String(data.ToArray())),
                _ => throw new BackupException($"Property '{name}' of a table entity has a type the backup does not know: {value.GetType()}."),
            };
            properties[name] = new JsonObject { ["type"] = type, ["value"] = text };
        }

        return new JsonObject
        {
            ["partitionKey"] = entity.PartitionKey,
            ["rowKey"] = entity.RowKey,
            ["properties"] = properties,
        }.ToJsonString();
    }

    public static TableEntity Read(string line)
    {
        var json = JsonNode.Parse(line) ?? throw new BackupException("An empty line in a table file.");
        var entity = new TableEntity(json["partitionKey"]!.GetValue<string>(), json["rowKey"]!.GetValue<string>());
        foreach (var (name, property) in json["properties"]!.AsObject())
        {
            var text = property!["value"]!.GetValue<string>();
            entity[name] = property["type"]!.GetValue<string>() switch
            {
                "String" => text,
                "Boolean" => text == "true",
                "Int32" => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
                "Int64" => long.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
                "Double" => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
                "DateTime" => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
                "Guid" => Guid.Parse(text),
                "Binary" => Convert.FromBase64String(text),
                var type => throw new BackupException($"Unknown property type '{type}' in a table file."),
            };
        }

        return entity;
    }

    public static JsonSerializerOptions Options { get; } = new() { WriteIndented = false };
}
