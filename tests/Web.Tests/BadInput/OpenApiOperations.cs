using System.Text.Json;

namespace Expo.Web.Tests.BadInput;

/// <summary>The operations of the Web node's OpenAPI document, with what each binds: path, query and JSON body fields.</summary>
public static class OpenApiOperations
{
    public sealed record Field(string Name, IReadOnlySet<string> Kinds);

    public sealed record Operation(
        string Method, string Path, IReadOnlyList<Field> PathParameters, IReadOnlyList<Field> QueryParameters, IReadOnlyList<Field>? BodyFields)
    {
        public bool HasJsonBody => BodyFields is not null;

        public override string ToString() => $"{Method} {Path}";
    }

    public static IReadOnlyList<Operation> Read(JsonElement document)
    {
        var schemas = document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var s)
            ? s : default;
        var operations = new List<Operation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                var parameters = method.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
                List<Field> In(string where) => [.. parameters
                    .Where(x => x.GetProperty("in").GetString() == where)
                    .Select(x => new Field(x.GetProperty("name").GetString()!, Kinds(x.TryGetProperty("schema", out var sc) ? sc : default, schemas)))];
                operations.Add(new Operation(method.Name.ToUpperInvariant(), path.Name, In("path"), In("query"), BodyFields(method.Value, schemas)));
            }
        }

        return operations;
    }

    private static List<Field>? BodyFields(JsonElement operation, JsonElement schemas)
    {
        if (!operation.TryGetProperty("requestBody", out var body) || !body.GetProperty("content").TryGetProperty("application/json", out var json))
        {
            return null;
        }

        var schema = Resolve(json.GetProperty("schema"), schemas);
        var candidates = schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf)
            ? oneOf.EnumerateArray().Select(x => Resolve(x, schemas)).ToList()
            : [schema];
        var properties = candidates.FirstOrDefault(c => c.TryGetProperty("properties", out _));
        return properties.ValueKind == JsonValueKind.Object
            ? [.. properties.GetProperty("properties").EnumerateObject().Select(x => new Field(x.Name, Kinds(x.Value, schemas)))]
            : [];
    }

    /// <summary>The JSON kinds a schema accepts (string, integer, number, boolean, object, array, null); empty when any.</summary>
    public static IReadOnlySet<string> Kinds(JsonElement schema, JsonElement schemas)
    {
        var kinds = new HashSet<string>();
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return kinds;
        }

        schema = Resolve(schema, schemas);
        if (schema.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.Array)
            {
                kinds.UnionWith(type.EnumerateArray().Select(t => t.GetString()!));
            }
            else
            {
                kinds.Add(type.GetString()!);
            }
        }

        foreach (var union in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(union, out var members))
            {
                foreach (var member in members.EnumerateArray())
                {
                    kinds.UnionWith(Kinds(member, schemas));
                }
            }
        }

        if (kinds.Count == 0 && schema.TryGetProperty("properties", out _))
        {
            kinds.Add("object");
        }

        return kinds;
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        for (var depth = 0; depth < 8 && schema.TryGetProperty("$ref", out var reference); depth++)
        {
            schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        return schema;
    }
}
